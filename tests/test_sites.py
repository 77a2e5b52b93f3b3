from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newscrawl.sites import BUILTIN_REGISTRY, RegistryError, load_file, load_registry

ROOT = Path(__file__).resolve().parents[1]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sites.toml"
    path.write_text(text)
    return path


@pytest.mark.parametrize("site", sorted(load_file(BUILTIN_REGISTRY).values(), key=lambda s: s.name), ids=str)
def test_every_shipped_site_is_complete(site):
    assert site.base_url.startswith(("http://", "https://")) and site.base_url.endswith("/")
    assert site.domains and site.language and site.tz is not None
    assert site.family in ("wordpress", "blogger", "generic")


def test_sindobatam_ships():
    site = load_registry()["sindobatam"]
    assert (site.family, site.language, site.timezone) == ("wordpress", "id", "Asia/Jakarta")
    assert "sindobatam.com" in site.domains


@pytest.mark.parametrize(
    ("entry", "field", "problem"),
    [
        ('name = "x"\nbase_url = "ftp://x"', "base_url", "http(s) URL"),
        ('name = "x"\nbase_url = "https://x.example"\nfamily = "joomla"', "family", "not one of"),
        ('name = "x"\nbase_url = "https://x.example"\ntimezone = "Mars/Olympus"', "timezone", "unknown IANA"),
        ('name = "x"\nbase_url = "https://x.example"\nlanguage = "indonesian"', "language", "ISO 639-1"),
        ('name = "x"\nbase_url = "https://x.example"\ncolour = "red"', "colour", "unknown field"),
        (
            'name = "x"\nbase_url = "https://x.example"\n[site.discovery]\nroutes = ["rss"]',
            "discovery.routes",
            "unknown route",
        ),
        (
            'name = "x"\nbase_url = "https://x.example"\n[site.politeness]\nconcurrency = 0',
            "politeness.concurrency",
            "at least 1",
        ),
        ('name = "X Y"\nbase_url = "https://x.example"', "name", "lower-case"),
    ],
)
def test_bad_entries_name_file_entry_and_field(tmp_path, entry, field, problem):
    path = write(tmp_path, f"[[site]]\n{entry}\n")
    with pytest.raises(RegistryError) as info:
        load_file(path)
    message = str(info.value)
    assert message.startswith(str(path)) and f"field '{field}'" in message and problem in message
    assert "\n" not in message


def test_duplicate_names_and_domains_are_errors(tmp_path):
    twice = '[[site]]\nname = "a"\nbase_url = "https://a.example"\n' * 2
    with pytest.raises(RegistryError, match="defined twice"):
        load_file(write(tmp_path, twice))
    shared = (
        '[[site]]\nname = "a"\nbase_url = "https://a.example"\n'
        '[[site]]\nname = "b"\nbase_url = "https://b.example"\ndomains = ["a.example"]\n'
    )
    with pytest.raises(RegistryError, match="already belongs to site 'a'"):
        load_file(write(tmp_path, shared))


def test_user_entries_win_over_shipped_ones(tmp_path):
    user = write(
        tmp_path,
        '[[site]]\nname = "sindobatam"\nbase_url = "http://127.0.0.1:9000/"\ndomains = ["127.0.0.1"]\n'
        'family = "wordpress"\nlanguage = "id"\ntimezone = "Asia/Jakarta"\n'
        '[[site]]\nname = "other"\nbase_url = "https://other.example/"\n',
    )
    sites = load_registry(user)
    assert sites["sindobatam"].base_url == "http://127.0.0.1:9000/"
    assert "other" in sites


def test_bad_user_registry_stops_scrapy_with_one_line(tmp_path):
    user = write(tmp_path, '[[site]]\nname = "x"\nbase_url = "https://x.example"\nfamily = "joomla"\n')
    env = {"NEWSCRAWL_SITES": str(user), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "list"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 2
    assert (
        proc.stderr.strip()
        == f"newscrawl: bad site registry: {user}: site 'x': field 'family': 'joomla' is not one of wordpress, blogger, generic"
    )
