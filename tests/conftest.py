"""Shared fixtures. The network is blocked for every test, except those marked ``network``."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from lint.config import Settings

REPO = Path(__file__).resolve().parent.parent


class NetworkBlocked(RuntimeError):
    pass


def _refuse(*args, **kwargs):
    raise NetworkBlocked("tests may not use the network (mark the test 'network' if it must)")


@pytest.fixture(autouse=True)
def _no_network(request, monkeypatch):
    """Block outbound sockets; loopback stays open for servers a test starts itself."""
    if request.node.get_closest_marker("network"):
        yield
        return
    real_connect = socket.socket.connect

    def guarded_connect(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1")):
            return real_connect(self, address)
        if self.family == socket.AF_UNIX:
            return real_connect(self, address)
        _refuse()

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket, "getaddrinfo", _guarded_getaddrinfo(socket.getaddrinfo))
    yield


def _guarded_getaddrinfo(real):
    def getaddrinfo(host, *args, **kwargs):
        if host in (None, "localhost", "127.0.0.1", "::1") or (isinstance(host, str) and host.startswith("127.")):
            return real(host, *args, **kwargs)
        _refuse()

    return getaddrinfo


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Caches (e.g. the syllable data) go to a temporary folder, not the user's ~/.cache."""
    old = os.environ.get("COPYDESK_CACHE_DIR")
    os.environ["COPYDESK_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop("COPYDESK_CACHE_DIR", None)
    else:
        os.environ["COPYDESK_CACHE_DIR"] = old


@pytest.fixture
def settings(tmp_path) -> Settings:
    """Default settings rooted in a temporary folder (no config file is read)."""
    return Settings(root=tmp_path)


def only(*codes: str, **changes) -> Settings:
    """Settings that apply only the given rules."""
    return Settings(select=list(codes), **changes)


@pytest.fixture
def cli(tmp_path, monkeypatch):
    """Run ``copydesk`` in-process from a clean temporary folder; returns click's Result."""
    from click.testing import CliRunner

    from lint.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)

    def run(*args: str, input: str | bytes | None = None, env: dict | None = None):
        return CliRunner().invoke(main, list(args), input=input, env=env, catch_exceptions=False)

    return run


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
