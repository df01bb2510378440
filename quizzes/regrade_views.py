"""Placeholder until filled in this change."""

admin_urls = []
QUIZ_LINKS = []  # (label, url name taking the quiz id, icon)
