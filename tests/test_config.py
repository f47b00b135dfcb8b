"""One configuration: defaults, eventwire.toml or --config, flags; printed by `eventwire config`."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from pydantic import BaseModel
from pydantic.fields import FieldInfo

import eventwire
from eventwire.cli import main
from eventwire.config import Config, load_config, to_toml
from eventwire.errors import UsageError


def test_defaults_then_file_then_flags(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert load_config() == Config()
    Path("eventwire.toml").write_text('coder = "petrarch"\nbatch_size = 8\n', encoding="utf-8")
    assert load_config() == Config(coder="petrarch", batch_size=8)
    assert load_config(batch_size=16, coder=None) == Config(coder="petrarch", batch_size=16)
    other = tmp_path / "other.toml"
    other.write_text("batch_size = 4\n", encoding="utf-8")
    assert load_config(other) == Config(batch_size=4)  # --config replaces eventwire.toml


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("bach_size = 8\n", "bach_size: unknown setting"),
        ('coder = "tabari"\n', "coder: Input should be 'builtin' or 'petrarch'"),
        ("batch_size = 0\n", "batch_size: Input should be greater than or equal to 1"),
        ("batch_size = \n", "not valid TOML"),
    ],
)
def test_bad_settings_are_named(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UsageError, match=message):
        load_config(path)


def test_missing_config_file_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["config", "--config", str(tmp_path / "nope.toml")]) == 2


def test_eventwire_config_prints_toml_that_reads_back(tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "eventwire", "config", "--coder", "petrarch"]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    printed = tomllib.loads(res.stdout)
    assert printed["coder"] == "petrarch"
    assert Config.model_validate(printed) == Config(coder="petrarch")
    assert tomllib.loads(to_toml(Config())) == Config().model_dump(mode="json", exclude_none=True)


def _settings(model: type[BaseModel], prefix: str = "") -> list[tuple[str, FieldInfo]]:
    out = []
    for name, field in model.model_fields.items():
        out.append((prefix + name, field))
        if isinstance(field.annotation, type) and issubclass(field.annotation, BaseModel):
            out += _settings(field.annotation, f"{prefix}{name}.")
    return out


def test_every_setting_is_documented() -> None:
    settings = _settings(Config)
    assert len(settings) > 30
    for name, field in settings:
        assert field.description, f"setting {name} has no description"


@pytest.mark.model
def test_settings_reach_the_extractors() -> None:
    text = "Militants attacked a checkpoint near Tal Afar on Monday, police said."
    sure = Config(events={"confidence": {"bias": 20.0}}, places={"min_city_population": 500})
    [article] = eventwire.process([text], config=sure)
    assert article.events and {e.confidence for e in article.events} == {1.0}
    [default] = eventwire.process([text])
    assert default.events and {e.confidence for e in default.events} != {1.0}


# --- the coder is a choice, not a side effect of a dictionary --------------------------------------

VERBS = "--- RESTORE [064] ---\nRESTORE\n"
ACTORS = "ARNOR [ARN]\nGONDOR [GON]\n"


@pytest.fixture(scope="module")
def dictionaries(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dictionaries")
    (folder / "w.verbs.txt").write_text(VERBS, encoding="utf-8")
    (folder / "w.actors.txt").write_text(ACTORS, encoding="utf-8")
    return folder


@pytest.mark.model
def test_dictionaries_alone_change_the_knowledge_not_the_conventions(dictionaries: Path) -> None:
    text = "Arnor will restore diplomatic ties with Gondor."
    [built_in] = eventwire.process([text], config=Config(dictionaries=dictionaries))
    [petrarch] = eventwire.process([text], config=Config(dictionaries=dictionaries, coder="petrarch"))
    # PETRARCH codes the act and leaves tense to patterns; the built-in coder marks the restoration
    # itself uncertain and codes the announced intent as an asserted AGREE stance.
    assert [(e.cameo, e.modality) for e in petrarch.events] == [("064", "asserted")]
    assert [(e.type, e.modality) for e in built_in.events] == [
        ("SUPPORT", "uncertain"),
        ("AGREE", "asserted"),
    ]
    assert {a.code for a in built_in.actors} >= {"ARN", "GON"}  # the user's actors are known to both


@pytest.mark.model
def test_the_petrarch_coder_runs_with_the_built_in_verb_dictionary() -> None:
    [article] = eventwire.process(
        ["Iran will restore diplomatic ties with Egypt."], config=Config(coder="petrarch")
    )
    assert [(e.source.actor is not None, e.modality) for e in article.events][:1] == [(True, "asserted")]


def test_the_readme_s_settings_file_is_valid(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    example = readme.split("```\n# eventwire.toml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "eventwire.toml"
    path.write_text(example, encoding="utf-8")
    config = load_config(path)
    assert config.places.min_city_population == 5000 and config.events.confidence.dictionary == -0.3
