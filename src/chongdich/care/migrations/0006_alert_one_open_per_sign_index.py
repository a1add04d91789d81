# The index after the data step of 0005, in its own migration: on PostgreSQL an index cannot
# be built in the transaction that wrote rows with deferred foreign-key checks pending.

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('care', '0005_alert_one_open_per_sign'),
    ]

    operations = [
        migrations.AddConstraint(
            model_name='alert',
            constraint=models.UniqueConstraint(condition=models.Q(('acknowledged_at__isnull', True), ('closed_at__isnull', True), ('due_at__isnull', True)), fields=('episode', 'kind', 'code'), name='care_alert_one_open_per_sign'),
        ),
    ]
