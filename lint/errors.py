"""Errors that end a run with exit code 2 and one clear line, never a traceback."""


class CopydeskError(Exception):
    """A usage, configuration or environment problem the user must fix."""


class ConfigError(CopydeskError):
    pass


class CheckUnavailable(CopydeskError):
    """An enabled check cannot run here (e.g. LanguageTool is not reachable)."""
