"""Articles not in English are kept, named and left uncoded; English ones are coded as before."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

import eventwire
from eventwire.cli import main
from eventwire.config import Config, LanguageSettings
from eventwire.language import identify, uncoded_language

# Written for this test (news-like paragraphs in five languages, no one's article).
FOREIGN = {
    "pt": "A polícia prendeu dois homens em Lisboa na segunda-feira, depois de uma manifestação contra o "
    "governo. O ministro do Interior disse que os detidos serão apresentados a um juiz ainda esta "
    "semana e que a investigação continua.",
    "es": "La policía detuvo a dos hombres en Madrid el lunes tras una manifestación contra el gobierno. "
    "El ministro del Interior dijo que los detenidos comparecerán ante un juez esta semana y que la "
    "investigación sigue abierta.",
    "de": "Die Polizei hat am Montag in Berlin zwei Männer nach einer Demonstration gegen die Regierung "
    "festgenommen. Der Innenminister sagte, die Festgenommenen würden noch in dieser Woche einem "
    "Richter vorgeführt, die Ermittlungen dauerten an.",
    "fr": "La police a arrêté deux hommes à Paris lundi après une manifestation contre le gouvernement. "
    "Le ministre de l'Intérieur a déclaré que les personnes arrêtées seraient présentées à un juge "
    "cette semaine et que l'enquête se poursuivait.",
    "ar": "اعتقلت الشرطة رجلين في بغداد يوم الاثنين بعد مظاهرة ضد الحكومة. وقال وزير الداخلية إن المعتقلين "
    "سيمثلون أمام قاض هذا الأسبوع وإن التحقيق مستمر.",
}
ENGLISH = "Iraqi police arrested two men in Basra on Monday after a protest against the government."

pytestmark = pytest.mark.model


def _demo_texts() -> list[str]:
    text = resources.files("eventwire.demo").joinpath("articles.jsonl").read_text(encoding="utf-8")
    return [json.loads(line)["text"] for line in text.splitlines()]


@pytest.mark.parametrize("code", sorted(FOREIGN))
def test_each_foreign_paragraph_is_identified(code: str) -> None:
    found = uncoded_language(FOREIGN[code], LanguageSettings())
    assert found is not None and found.code == code, found


def test_no_bundled_english_article_is_taken_for_another_language() -> None:
    texts = _demo_texts()
    wrong = [t[:80] for t in texts if uncoded_language(t, LanguageSettings()) is not None]
    assert texts and not wrong


def test_short_texts_are_coded_whatever_the_identifier_guesses() -> None:
    assert identify("Taliban said").code != "en", "the identifier guesses wildly on two words..."
    assert uncoded_language("Taliban said", LanguageSettings()) is None, "... so they are coded"


def test_a_foreign_article_gets_a_warning_its_language_and_nothing_coded() -> None:
    foreign, english = eventwire.process([FOREIGN["pt"], ENGLISH], published="2021-12-09")
    assert foreign.language == "pt" and english.language == "en"
    assert not (foreign.events or foreign.actors or foreign.places or foreign.quotes or foreign.times)
    assert foreign.text == FOREIGN["pt"], "the text is kept"
    assert any("not coded: written in 'pt'" in w for w in foreign.warnings)
    assert english.events and english.actors


def test_no_languages_configured_means_no_check() -> None:
    config = Config(languages=LanguageSettings(codes=()))
    (article,) = eventwire.process([FOREIGN["de"]], config=config)
    assert article.language is None and not article.warnings


def test_the_cli_warns_once_and_the_summary_counts_languages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "mixed.jsonl"
    rows = [{"id": "pt", "text": FOREIGN["pt"]}, {"id": "en", "text": ENGLISH}]
    dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "s.duckdb"
    assert main(["process", str(dump), "--db", str(db), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert err.count("not coded: written in 'pt'") == 1, err
    assert main(["summary", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Languages: en 1, pt 1 (not coded: 1)" in out, out
