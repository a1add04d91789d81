-- wrk script for bench/checkins_http.py (the load of `python -m bench checkins_http`).
--
--   wrk -t1 -c16 -d10s --latency -s bench/checkins_http.lua http://127.0.0.1:PORT \
--       -- KIND EPISODES_FILE KEYS_PREFIX RUN
--
-- KIND "checkin": every request a patient's check-in with its own idempotency key and its
-- episode's token, spread over the episodes (EPISODES_FILE: "id token" per line).
-- KIND "baseline": the same route and token with a body that is not JSON (the dispatcher's
-- 400, no database). Each thread writes the keys answered 201 to KEYS_PREFIX-<thread>, so the
-- bench can check every one of them is stored; done() prints one JSON line.

local threads = {}
local counter = 0

function setup(thread)
   thread:set("tid", #threads + 1)
   table.insert(threads, thread)
end

local episodes = {}
local kind, keys_file, run

function init(args)
   kind, run = args[1], args[4]
   for line in io.lines(args[2]) do
      local id, token = line:match("^(%d+) (%S+)$")
      table.insert(episodes, { id = id, token = token })
   end
   keys_file = assert(io.open(args[3] .. "-" .. tid, "w"))
   statuses = {}
end

function request()
   counter = counter + 1
   local e = episodes[(counter + tid * 7919) % #episodes + 1]
   local headers = { ["X-Checkin-Token"] = e.token, ["Content-Type"] = "application/json" }
   local body
   if kind == "baseline" then
      body = "{not json"
   else
      body = string.format(
         '{"idempotency_key":"%s-%d-%d","measured_at":"2021-11-05T08:00:00+07:00",'
            .. '"spo2":%d,"pulse":%d,"respiratory_rate":%d,"temperature":37.0,"symptoms":[%s]}',
         run, tid, counter, 97 + counter % 3, 70 + counter % 40, 16 + counter % 5,
         counter % 4 == 0 and '"cough"' or ""
      )
   end
   return wrk.format("POST", "/api/care/episodes/" .. e.id .. "/checkins", headers, body)
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
   if status == 201 then
      -- A 201 without a key in its body cannot be checked: "?" is never stored, so lost.
      keys_file:write(body:match('"idempotency_key"%s*:%s*"([^"]+)"') or "?", "\n")
   end
end

function done(summary, latency, requests)
   local counts = {}
   for _, thread in ipairs(threads) do
      for status, n in pairs(thread:get("statuses")) do
         counts[tostring(status)] = (counts[tostring(status)] or 0) + n
      end
   end
   local parts = {}
   for status, n in pairs(counts) do
      table.insert(parts, string.format('"%s":%d', status, n))
   end
   local e = summary.errors
   io.write(string.format(
      'CHECKINS_JSON {"requests":%d,"seconds":%.6f,"rps":%.3f,"p99_ms":%.3f,"median_ms":%.3f,'
         .. '"max_ms":%.3f,"statuses":{%s},"socket_errors":%d}\n',
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(99) / 1000, latency:percentile(50) / 1000, latency.max / 1000,
      table.concat(parts, ","), e.connect + e.read + e.write + e.timeout
   ))
end
