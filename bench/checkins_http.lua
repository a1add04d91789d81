-- wrk script for bench/checkins_http.py (the load of `python -m bench checkins_http`).
--
--   wrk -t1 -c16 -d10s --latency -s bench/checkins_http.lua http://127.0.0.1:PORT \
--       -- KIND EPISODES_FILE KEYS_PREFIX RUN [RATE THREADS]
--
-- KIND "checkin": every request a patient's check-in with its own idempotency key and its
-- episode's token, spread over the episodes (EPISODES_FILE: "id token" per line).
-- KIND "baseline": the same route and token with a body that is not JSON (the dispatcher's
-- 400, no database). Each thread writes the keys answered 201 to KEYS_PREFIX-<thread>, so the
-- bench can check every one of them is stored; done() prints one JSON line.
--
-- Paced (RATE requests/s in all, over THREADS threads of one connection each: -tN -cN): each
-- request is sent at its scheduled time rather than as soon as the previous answer came, and
-- its latency counts from that time, not from when it was sent, so a stall of the server
-- counts for every request it held back (no "coordinated omission"). done() adds these
-- latencies as "paced_p99_ms", "paced_median_ms" and "paced_max_ms".

local threads = {}
local counter = 0

function setup(thread)
   thread:set("tid", #threads + 1)
   table.insert(threads, thread)
end

local episodes = {}
local kind, keys_file, run
local interval_us, next_at, scheduled_at -- paced only
latencies = {} -- a global, so that done() can read each thread's (thread:get)

local ffi = require("ffi") -- wrk runs LuaJIT; Lua itself has no clock finer than a second
ffi.cdef([[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock_id, bench_timespec *tp);
]])
local timespec = ffi.new("bench_timespec")

local function now_us()
   ffi.C.clock_gettime(1, timespec) -- CLOCK_MONOTONIC
   return tonumber(timespec.tv_sec) * 1e6 + tonumber(timespec.tv_nsec) / 1e3
end

function init(args)
   kind, run = args[1], args[4]
   if args[5] then
      local rate, threads = tonumber(args[5]), tonumber(args[6])
      interval_us = 1e6 * threads / rate
      -- the threads' schedules are spread over one interval, not all at its start
      next_at = now_us() + interval_us * (tid - 1) / threads
   else
      delay = nil -- wrk paces only if thread 1 has a delay() after init
   end
   for line in io.lines(args[2]) do
      local id, token = line:match("^(%d+) (%S+)$")
      table.insert(episodes, { id = id, token = token })
   end
   keys_file = assert(io.open(args[3] .. "-" .. tid, "w"))
   statuses = {}
end

function delay()
   -- wrk waits whole milliseconds: round down (a request up to 1 ms early is timed from
   -- when it was sent, below), so that the client's own lateness is not the server's
   return math.max(0, math.floor((next_at - now_us()) / 1000))
end

function request()
   if interval_us then
      -- from its time, or from when it was sent if that was earlier (never in its favour)
      scheduled_at = math.min(next_at, now_us())
      next_at = next_at + interval_us
   end
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
   if interval_us then
      table.insert(latencies, now_us() - scheduled_at)
   end
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
   local paced, paced_json = {}, ""
   for _, thread in ipairs(threads) do
      for _, us in ipairs(thread:get("latencies")) do
         table.insert(paced, us)
      end
   end
   if #paced > 0 then
      table.sort(paced)
      paced_json = string.format(
         ',"paced_p99_ms":%.3f,"paced_median_ms":%.3f,"paced_max_ms":%.3f,"paced_count":%d',
         paced[math.ceil(#paced * 0.99)] / 1000, paced[math.ceil(#paced * 0.5)] / 1000,
         paced[#paced] / 1000, #paced
      )
   end
   local e = summary.errors
   io.write(string.format(
      'CHECKINS_JSON {"requests":%d,"seconds":%.6f,"rps":%.3f,"p99_ms":%.3f,"median_ms":%.3f,'
         .. '"max_ms":%.3f,"statuses":{%s},"socket_errors":%d%s}\n',
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(99) / 1000, latency:percentile(50) / 1000, latency.max / 1000,
      table.concat(parts, ","), e.connect + e.read + e.write + e.timeout, paced_json
   ))
end
