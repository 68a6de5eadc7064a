"""Spec → IR → Jinja templates → the `generated/` client package.

Never imported by the generated package at run time.
"""
