"""End to end: `streamlit run dashboard/app.py` on a loopback port, driven by headless Chromium.

Uses Debian's /usr/bin/chromium through Playwright (never `playwright install`). The server gets
its own empty STANCE_DATA_DIR and is always terminated at the end.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from dashboard.serve import CHROMIUM, CHROMIUM_ARGS, ROOT, running_dashboard
from dashboard import views
from stance.export import CSV_ENCODING
from tests.seed_facts import SEED_VOICES

pytestmark = pytest.mark.browser

TIMEOUT_MS = 60_000
HOSTILE = """Traders in Leeds reacted to the app news on Monday.
Ann Smith, a trader from Leeds, was blunt. “=1+1 is the whole plan, and it will not last,” said Ann Smith.
“@SUM(A1:A9) of it all is a ban by Congress,” said Bob Jones, a lawyer.
One reader posted <script>alert(1)</script> and &lt;img src=x onerror=alert(2)&gt; as a joke.
“Posting <script>alert(3)</script> or &lt;img src=x onerror=alert(4)&gt; here is silly,” said Eve Park, a developer.
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium); CI installs it")
    data = tmp_path_factory.mktemp("stance-data")
    try:
        with running_dashboard(data, data.parent / "streamlit.log") as url:
            yield url
    except RuntimeError as exc:
        pytest.fail(str(exc))


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.dialogs = dialogs
    try:
        yield page
    finally:
        context.close()


def shown_voices(page) -> int:
    caption = page.locator('[data-testid="stMain"]').get_by_text(re.compile(r"^[\d,]+ voices match the filters")).first
    caption.wait_for()
    return int(re.match(r"[\d,]+", caption.inner_text().strip()).group(0).replace(",", ""))


def wait_idle(page) -> None:
    """Until Streamlit's 'running' indicator is gone."""
    page.wait_for_timeout(300)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached", timeout=TIMEOUT_MS)


def test_overview_renders_charts(server, page):
    page.goto(server)
    page.get_by_role("heading", name="Voices in the news").wait_for()
    page.wait_for_function("document.querySelectorAll('.js-plotly-plot:has(.trace)').length >= 5", timeout=TIMEOUT_MS)
    wait_idle(page)
    assert page.locator(".js-plotly-plot").count() == 5, "outlet, article, speaker, theme, sentiment (seeds: no dates); " \
        "the blank warm-up chart is gone once the page is drawn"
    assert page.locator(".st-key-plotly_warmup").count() == 0
    assert page.get_by_text(re.compile("Voices per article")).is_visible()
    page.locator('[data-testid="stMetricValue"]').nth(1).wait_for()  # drawn after the charts on some runs
    metrics = page.locator('[data-testid="stMetricValue"]').all_inner_texts()
    assert metrics[:2] == ["4", str(SEED_VOICES)]


def test_url_filter_narrows_the_table_and_export_downloads(server, page):
    from stance.label.predictor import load_default_predictor
    from stance.pipeline import analyze

    from tests.test_dashboard import library_count

    records = analyze([ROOT / "seeds"], model=load_default_predictor()).frame()
    political = library_count(records, stances=("political",))
    assert 0 < political < SEED_VOICES

    page.goto(f"{server}/quotes")
    assert shown_voices(page) == SEED_VOICES
    page.goto(f"{server}/quotes?stance=political")
    page.locator('[data-testid="stMain"]').get_by_text(
        re.compile(rf"^{political} voices match the filters")).first.wait_for()
    assert shown_voices(page) == political
    wait_idle(page)
    assert "stance=political" in page.url, "the filter stays in the shareable URL"
    page.locator('[data-testid="stDataFrame"]').first.wait_for()

    with page.expect_download(timeout=TIMEOUT_MS) as info:
        page.get_by_role("button", name=f"Download {political} voices (CSV)").first.click()
    download = info.value
    assert download.suggested_filename == "stance-voices.csv"
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode(CSV_ENCODING), newline="")))
    assert tuple(rows[0]) == views.EXPORT_COLUMNS
    assert len(rows) - 1 == political
    final = rows[0].index("final_stance")
    assert {r[final] for r in rows[1:]} == {"political"}


def test_uploaded_hostile_article_is_shown_as_text(server, page):
    page.goto(f"{server}/add")
    page.get_by_role("heading", name="Add articles").wait_for()
    page.locator('input[type="file"]').set_input_files(
        files=[{"name": "hostile_news.txt", "mimeType": "text/plain", "buffer": HOSTILE.encode("utf-8")}])
    page.get_by_role("button", name="Add 1 file(s) to the corpus").click()
    page.get_by_text(re.compile(r"Added 1 new file")).wait_for()

    page.goto(f"{server}/articles?doc=hostile_news")
    page.get_by_role("heading", name="Articles").wait_for()
    page.get_by_text("voice(s) highlighted").first.wait_for()
    wait_idle(page)
    body = page.locator('[data-testid="stMain"]').inner_text()
    assert "<script>alert(1)</script>" in body, "the tag is shown as text"
    assert "<img src=x onerror=alert(2)>" in body
    assert page.locator('img[src="x"]').count() == 0, "no image element was created from article text"
    assert page.locator("script:text('alert')").count() == 0
    assert page.dialogs == [], "no script from the article ran"
    # The quote is highlighted (Streamlit's background colour directive), with its markup as text.
    highlighted = page.locator("span", has_text="Posting <script>alert(3)</script>")
    assert highlighted.count() >= 1


TRACKER = ROOT / "tests" / "data" / "tracker"


@pytest.fixture(scope="module")
def tracker_server(tmp_path_factory):
    """A second server on the dated tracker corpus (STANCE_CORPUS), two outlets, one undated letter."""
    import os

    if not Path(CHROMIUM).is_file():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium); CI installs it")
    data = tmp_path_factory.mktemp("stance-tracker")
    os.environ["STANCE_CORPUS"] = str(TRACKER)
    try:
        with running_dashboard(data, data.parent / "tracker.log") as url:
            yield url
    except RuntimeError as exc:
        pytest.fail(str(exc))
    finally:
        os.environ.pop("STANCE_CORPUS", None)


def test_tracker_overview_time_and_outlet_charts_no_outside_requests(tracker_server, page):
    outside = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith((tracker_server, "data:", "blob:")) else None)
    page.goto(tracker_server)
    page.get_by_role("heading", name="Stance over time").wait_for()
    page.wait_for_function("document.querySelectorAll('.js-plotly-plot').length >= 6", timeout=TIMEOUT_MS)
    wait_idle(page)
    assert page.get_by_role("heading", name="Stance by outlet").is_visible()
    main = page.locator('[data-testid="stMain"]')
    assert main.locator(".js-plotly-plot").first.locator("text", has_text="Mar 9").count() >= 1, "a date axis"
    assert main.locator("text", has_text="Harbour Herald").count() >= 1 and main.locator("text", has_text="Coast Courier").count() >= 1
    assert main.get_by_text(re.compile("1 article without a date")).is_visible()
    assert outside == [], f"requests to outside hosts: {outside}"
    assert page.get_by_text("Deploy").count() == 0, "no Deploy button for end users"


def test_shared_link_with_date_range_and_search(tracker_server, page):
    page.goto(f"{tracker_server}/quotes?from=2025-03-04&to=2025-03-20")
    assert shown_voices(page) == 6
    page.goto(f"{tracker_server}/quotes?q=doubt")
    assert shown_voices(page) == 2
    wait_idle(page)
    assert "q=doubt" in page.url
    # Typing in the sidebar's search box narrows the table and writes the URL.
    page.goto(f"{tracker_server}/quotes")
    assert shown_voices(page) == 13
    box = page.get_by_role("textbox", name="Search quotes")
    box.fill("ferry")
    box.press("Enter")
    page.wait_for_function("() => location.search.includes('q=ferry')", timeout=TIMEOUT_MS)
    # The URL is written early in the run: wait for the count itself to change, not for any count.
    page.wait_for_function("() => [...document.querySelectorAll('[data-testid=stMain] [data-testid=stCaptionContainer]')]"
                           ".some(e => /^\\d+ voices? match the filters/.test(e.innerText.trim()) && "
                           "!/^13 voices/.test(e.innerText.trim()))", timeout=TIMEOUT_MS)
    wait_idle(page)
    assert 0 < shown_voices(page) < 13


def test_urls_and_emails_in_article_text_are_not_links(tracker_server, page):
    page.goto(f"{tracker_server}/articles?doc=harbour_a")
    page.get_by_text("voice(s) highlighted").first.wait_for()
    wait_idle(page)
    main = page.locator('[data-testid="stMain"]')
    text = main.inner_text().replace("\u2060", "")  # the invisible joiner that keeps them plain
    assert "https://harbour.example.org/plan" in text and "ferry@harbour.example.org" in text
    links = main.locator("a").evaluate_all("els => els.map(e => e.getAttribute('href') || '')")
    assert not [h for h in links if "harbour.example" in h or h.startswith("mailto:")], links
