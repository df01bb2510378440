"""Attempts stop holding a full copy of their quiz: each one's snapshot becomes content
(named by its digest) and a layout over it, and its answers a list in the order presented.
Tokens and the order presented are kept exactly: an existing attempt's content is its own
questions as presented, its layout the identity."""

import hashlib
import json

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models

BATCH = 500


def digest(data):
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def split(snapshot):
    questions, cases, items = [], [], []

    def add(question):
        questions.append({name: v for name, v in question.items() if name != "number"})
        return [len(questions) - 1]

    for item in snapshot["items"]:
        if item["kind"] == "case":
            cases.append({name: item.get(name) for name in ("id", "title", "vignette", "image")})
            refs = [add(question) for question in item["questions"]]
            items.append({"case": len(cases) - 1, "questions": refs})
        else:
            items.append(add(item["question"]))
    data = {"version": 2, "questions": questions, "cases": cases, "stream": []}
    return data, {"seed": None, "items": items}


def in_order(answers, data):
    given = [answers.get(question["id"]) for question in data["questions"]]
    while given and given[-1] is None:
        given.pop()
    return given


def split_snapshots(apps, schema_editor):
    QuizAttempt = apps.get_model("quizzes", "QuizAttempt")
    QuizContent = apps.get_model("quizzes", "QuizContent")
    attempts = QuizAttempt.objects.only("pk", "snapshot", "answers").order_by("pk")
    batch, contents = [], {}
    for attempt in attempts.iterator(chunk_size=BATCH):
        data, attempt.layout = split(attempt.snapshot)
        attempt.given = in_order(attempt.answers, data)
        attempt.content_id = digest(data)
        contents[attempt.content_id] = data
        batch.append(attempt)
        if len(batch) == BATCH:
            save(QuizContent, QuizAttempt, contents, batch)
            batch, contents = [], {}
    save(QuizContent, QuizAttempt, contents, batch)


def save(QuizContent, QuizAttempt, contents, batch):
    QuizContent.objects.bulk_create(
        [QuizContent(digest=key, data=data) for key, data in contents.items()],
        ignore_conflicts=True,
    )
    QuizAttempt.objects.bulk_update(batch, ["content", "layout", "given"])


class Migration(migrations.Migration):

    dependencies = [
        ('quizzes', '0008_covering_report_indexes'),
    ]

    operations = [
        migrations.CreateModel(
            name='QuizContent',
            fields=[
                ('digest', models.CharField(max_length=64, primary_key=True, serialize=False)),
                ('data', models.JSONField()),
                ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
            ],
            options={
                'verbose_name': 'quiz content',
                'verbose_name_plural': 'quiz content',
            },
        ),
        migrations.AddField(
            model_name='quizattempt',
            name='content',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.PROTECT, related_name='attempts', to='quizzes.quizcontent'),
        ),
        migrations.AddField(
            model_name='quizattempt',
            name='layout',
            field=models.JSONField(null=True),
        ),
        migrations.AddField(
            model_name='quizattempt',
            name='given',
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.RunPython(split_snapshots, elidable=False),
    ]
