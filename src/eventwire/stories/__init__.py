"""Copies, stories and incidents: counting the world, not the articles (see the README)."""
