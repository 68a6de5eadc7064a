"""Tests of the CI emulator (emulator/ci_emulator)."""
