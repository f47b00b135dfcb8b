"""The dashboard in a real browser: Debian's headless Chromium driven by Playwright.

The server runs the real app (uvicorn, loopback) over a demo store: the first articles of the
bundled corpus, coded by the real engine.  Chromium is the system's (``make browser`` installs
it); Playwright only drives it (``executable_path``: no browser is downloaded).  Every request the
page makes is checked to stay on the server (the dashboard works offline), and screenshots are
saved to tests/artifacts/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import json
import random
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'eventwire[web]'")
playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: make install")

import httpx2  # noqa: E402
import uvicorn  # noqa: E402
from bench.synthetic import synthetic_article  # noqa: E402

import eventwire  # noqa: E402
from eventwire.serve import ServeSettings, create_app  # noqa: E402
from tests.incident_data import store_of, weekly  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
MARKUP_ID = "markup-1"
MARKUP_TITLE = '<img src="x" onerror="window.ran = 1">'
MARKUP_TAIL = " <script>window.ran = 1</script><b>bold?</b>"
DEMO_ARTICLES = 24
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="Debian's chromium is not installed (make browser installs it: apt-get install chromium)",
    ),
]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = resources.files("eventwire.demo").joinpath("articles.jsonl").read_text(encoding="utf-8")
    records = [json.loads(line) for line in corpus.splitlines()[:DEMO_ARTICLES]]
    path = tmp_path_factory.mktemp("dashboard") / "demo.duckdb"
    generated = synthetic_article(1, 2, random.Random(14))  # and one whose words look like markup
    marked = generated.with_(id=MARKUP_ID, title=MARKUP_TITLE, text=generated.text + MARKUP_TAIL)
    with eventwire.open(path, create=True) as store:
        store.add([*eventwire.process(records), marked])
    return path


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def _serving(app: Any) -> Iterator[str]:
    port = _free_port()
    running = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        running.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(demo_db: Path) -> Iterator[str]:
    with _serving(create_app(ServeSettings(db=demo_db))) as base:
        yield base


@pytest.fixture(scope="module")
def incidents_server(demo_db: Path) -> Iterator[str]:
    """The demo store served as it will be once eventwire assigns incidents: here the events of one
    type, place and month are one incident."""
    app = create_app(ServeSettings(db=demo_db))
    index = app.state.served.index
    index._con.execute("ALTER TABLE ev ADD COLUMN IF NOT EXISTS incident VARCHAR")
    index._con.execute("UPDATE ev SET incident = concat_ws('|', type, place, strftime(day_lo, '%Y-%m'))")
    index.regroup()
    with _serving(app) as base:
        yield base


@pytest.fixture(scope="module")
def spike_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A hand-built store of weekly material conflict in Iraq and Syria, Iraq's ninth week a spike."""
    quiet = [1, 0, 2, 1, 1, 0, 1, 2]
    db = tmp_path_factory.mktemp("spike") / "spike.duckdb"
    store_of(db, [*weekly("IRQ", [*quiet, 9]), *weekly("SYR", [*quiet, 3])])
    with _serving(create_app(ServeSettings(db=db))) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright.sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, server: str, request: pytest.FixtureRequest) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1100})
    tab = context.new_page()
    outside: list[str] = []
    errors: list[str] = []

    def only_the_server(route: Any) -> None:
        if route.request.url.startswith(server):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    tab.route("**/*", only_the_server)
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()
    assert not outside, f"the page reached beyond the server: {outside}"
    assert not errors, f"script errors: {errors}"


def _api(server: str, path: str, **params: Any) -> Any:
    return httpx2.get(f"{server}/v1/{path}", params=params).json()


def _ready(tab: Any, after: str | None = None) -> str:
    """Wait for the page to finish a refresh newer than ``after``; the refresh's number."""
    tab.wait_for_function(
        "after => document.body.dataset.ready && document.body.dataset.ready !== after", arg=after or ""
    )
    return str(tab.evaluate("document.body.dataset.ready"))


def _panels(tab: Any) -> dict[str, Any]:
    return {
        "rows": tab.locator("#events tbody tr").count(),
        "table_total": tab.get_attribute("#events", "data-total"),
        "timeline_total": tab.get_attribute("#timeline", "data-total"),
        "bars": tab.locator("#timeline rect").count(),
        "map_total": tab.get_attribute("#map", "data-total"),
        "spots": tab.locator("#map circle.spot").count(),
        "links": tab.locator("#network line").count(),
    }


def test_the_page_loads_the_demo_store(page: Any, server: str) -> None:
    page.goto(server + "/")
    _ready(page)
    summary = _api(server, "summary")
    incidents = _api(server, "incidents", limit=1)["total"]  # the demo store's events have incidents
    shown = _panels(page)
    assert shown["rows"] == min(25, incidents) > 0
    assert shown["table_total"] == str(incidents) and 0 < incidents <= summary["n_events"]
    assert shown["timeline_total"] == str(incidents) and shown["bars"] > 0
    assert shown["spots"] > 0 and int(shown["map_total"]) > 0 and shown["links"] > 0
    assert page.locator("path.country").count() > 100  # the Natural Earth outlines, from the package
    assert f"{summary['n_articles']} articles" in page.inner_text("#store-summary")
    assert page.inner_text("#table-title") == "Incidents"


def test_a_filter_changes_the_table_the_timeline_and_the_map(page: Any, server: str) -> None:
    page.goto(server + "/")
    done = _ready(page)
    before = _panels(page)
    page.select_option("#filters select[name=type]", "ASSAULT")
    _ready(page, done)
    after = _panels(page)
    expected = _api(server, "incidents", type="ASSAULT", limit=1)["total"]  # an incident once, however told
    assert 0 < expected <= _api(server, "events", type="ASSAULT", limit=1)["total"]
    assert expected < int(before["table_total"])
    assert after["table_total"] == after["timeline_total"] == str(expected)
    assert {
        page.get_attribute(f"#events tbody tr:nth-child({i + 1})", "data-type") for i in range(after["rows"])
    } == {"ASSAULT"}
    places = _api(server, "events/places", type="ASSAULT")["items"]
    assert after["map_total"] == str(sum(p["events"] for p in places)) != before["map_total"]
    assert after["spots"] == len(places) <= before["spots"]
    page.fill("#filters input[name=country]", "NARNIA")
    page.wait_for_selector("#filter-error:not([hidden])")
    assert "country" in page.inner_text("#filter-error")


def test_choosing_an_event_lights_up_its_evidence_in_the_article(page: Any, server: str) -> None:
    page.goto(server + "/")
    _ready(page)
    row = page.locator("#events tbody tr").first
    article_id, event_id = row.get_attribute("data-article"), row.get_attribute("data-event")
    row.click()
    page.wait_for_function(
        "([a, e]) => { const box = document.getElementById('article'); return box.dataset.article === a"
        " && box.dataset.event === e; }",
        arg=[article_id, event_id],
    )
    article = _api(server, f"articles/{article_id}")
    spans = article["spans"]["events"][event_id]
    evidence = "".join(page.locator("#article .text .ev-evidence").all_inner_texts())
    ((start, end),) = spans["evidence"]
    assert evidence.strip() == article["text"][start:end].strip() != ""
    for field in ("trigger", "source", "target", "date", "place"):
        words = [article["text"][s:e] for s, e in spans[field]]
        lit = page.locator(f"#article .text .ev-{field}").all_inner_texts()
        assert "".join(lit) == "".join(words), field
    if article["quotes"]:
        assert page.locator("#article .text .quote").count() > 0
    assert "chosen" in (row.get_attribute("class") or "")
    assert page.locator("#article .event-choices button.chosen").count() == 1


def test_with_incidents_the_panels_count_incidents(browser: Any, incidents_server: str) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 1100})
    tab = context.new_page()
    tab.goto(incidents_server + "/")
    _ready(tab)
    listed = _api(incidents_server, "incidents", limit=1)
    timeline = _api(incidents_server, "events/timeline")["items"]
    shown = _panels(tab)
    assert (
        shown["table_total"] == str(listed["total"])
        and 0 < listed["total"] < _api(incidents_server, "summary")["n_events"]
    )
    assert shown["timeline_total"] == str(sum(r["incidents"] for r in timeline))
    assert tab.inner_text("#table-title") == "Incidents"
    first = listed["items"][0]
    tab.locator("#events tbody tr").first.click()
    tab.wait_for_function(
        "e => document.getElementById('article').dataset.event === e", arg=first["event_id"]
    )
    assert tab.get_attribute("#article", "data-article") == first["article_id"]
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / "test_with_incidents_the_panels_count_incidents.png"), full_page=True)
    context.close()


def _alerts_shown(tab: Any, server: str, **params: Any) -> dict[str, Any]:
    """/v1/alerts under the page's filters and interval, checked against the alerts panel."""
    body: dict[str, Any] = _api(server, "alerts", limit=10, **params)
    items = tab.locator("#alerts li")
    assert tab.get_attribute("#alerts", "data-total") == str(body["total"])
    assert items.count() == len(body["items"])
    for n, alert in enumerate(body["items"]):
        shown = items.nth(n).inner_text()
        assert shown.startswith(f"{alert['period']} · {alert['key']}: {alert['count']} "), shown
    if not body["items"]:
        assert tab.inner_text("#alerts").startswith("No alerts")
    return body


def test_the_alerts_panel_shows_what_the_api_returns(page: Any, server: str) -> None:
    page.goto(server + "/")
    _ready(page)
    _alerts_shown(page, server, period="month")  # the panel follows the timeline: per month
    assert page.inner_text("#alerts-period") == "per month"


def test_the_alerts_panel_lists_spikes_under_the_filters(browser: Any, spike_server: str) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 1100})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.goto(spike_server + "/")
    done = _ready(tab)
    _alerts_shown(tab, spike_server, period="month")
    tab.select_option("#interval", "week")
    done = _ready(tab, done)
    weekly_alerts = _alerts_shown(tab, spike_server, period="week")
    assert [(a["key"], a["period"], a["count"]) for a in weekly_alerts["items"]] == [("IRQ", "2024-02-26", 9)]
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / "test_the_alerts_panel_lists_spikes.png"), full_page=True)
    tab.fill("#filters input[name=country]", "SYR")
    _ready(tab, done)
    assert _alerts_shown(tab, spike_server, period="week", country="SYR")["items"] == []
    context.close()
    assert not errors, f"script errors: {errors}"


def test_words_from_the_store_are_shown_as_text_never_run(page: Any, server: str) -> None:
    page.goto(server + "/")
    _ready(page)
    page.evaluate(f"chooseEvent('{MARKUP_ID}', 'e1')")
    page.wait_for_function(f"document.getElementById('article').dataset.article === '{MARKUP_ID}'")
    assert page.locator("#article img, #article script, #article b").count() == 0
    assert page.inner_text("#article h3") == MARKUP_TITLE
    assert MARKUP_TAIL.strip() in page.inner_text("#article .text")
    assert page.evaluate("window.ran") is None


def test_the_api_docs_work_offline(page: Any, server: str) -> None:
    page.goto(server + "/docs")
    page.wait_for_selector(".swagger-ui .info .title", timeout=15_000)
    assert "eventwire" in page.inner_text(".swagger-ui .info .title")
    assert page.locator(".opblock-summary-path", has_text="/v1/events").count() > 0
