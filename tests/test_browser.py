"""`tracker serve` in a real browser: headless Chromium driven by Selenium through Debian's
chromedriver. A user opens the sample article, sees its claims marked, clicks one and reaches
its chain of sources; an article carrying script runs none."""
from __future__ import annotations

import os
import shutil

import pytest

from .conftest import SAMPLE, run_cli
from .test_serve import PROBE, SAMPLE_KEY, served

CHROMIUM, DRIVER = shutil.which("chromium") or "/usr/bin/chromium", shutil.which("chromedriver") or "/usr/bin/chromedriver"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (os.path.exists(CHROMIUM) and os.path.exists(DRIVER)):
        if os.environ.get("CI"):
            pytest.fail("Chromium is not installed; .ci/run installs chromium and chromium-driver")
        pytest.skip("Chromium is not installed (apt-get install chromium chromium-driver)")
    os.environ.setdefault("SE_OFFLINE", "true")          # Selenium Manager downloads nothing
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1400,1000", f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=opts)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browsed")
    probe = folder / "probe.txt"
    probe.write_text(PROBE, encoding="utf-8")
    for article in (SAMPLE, probe):
        done = run_cli("ingest", str(article), "--store", str(folder / "store"))
        assert done.returncode == 0, done.stderr
    with served(folder / "store") as url:
        yield url


def test_open_the_article_see_its_claims_click_one_and_reach_its_chain(browser, site, sample):
    from selenium.webdriver.common.by import By

    browser.get(site + "/")
    browser.find_element(By.CSS_SELECTOR, f'a[href="/id/article/{SAMPLE_KEY}"]').click()
    marks = browser.find_elements(By.CSS_SELECTOR, "#text a.claim")
    assert {m.get_attribute("href").rsplit("/", 1)[-1] for m in marks} == {f"{c.start}-{c.end}" for c in sample.claims}
    # coloured by kind: a reported speech and an author's statement do not look alike
    speech = browser.find_element(By.CSS_SELECTOR, "#text a.k-reported-speech")
    author = browser.find_element(By.CSS_SELECTOR, "#text a.k-author-assertion")
    assert speech.value_of_css_property("background-color") != author.value_of_css_property("background-color")
    violations = browser.find_elements(By.CSS_SELECTOR, "#text a.claim.violation")
    assert violations and "wavy" in violations[0].value_of_css_property("text-decoration")
    assert "does not conform" in browser.find_element(By.ID, "verdict").text
    # the report's line links to the statement in the text
    browser.find_element(By.CSS_SELECTOR, "#problems a[href^='#c-']").click()
    assert browser.execute_script("return location.hash").startswith("#c-")
    # a statement a speaker made through a report, and its chain of sources
    browser.find_element(By.CSS_SELECTOR, f'#text a[href="/id/claim/{SAMPLE_KEY}/1895-1940"]').click()
    assert browser.current_url.endswith(f"/id/claim/{SAMPLE_KEY}/1895-1940")
    chain = browser.find_element(By.ID, "chain").text
    assert "兵頭慎治" in chain and "BS朝日 日曜スクープ" in chain
    browser.find_element(By.LINK_TEXT, "BS朝日 日曜スクープ").click()
    assert "/id/report/" in browser.current_url


def test_an_article_carrying_script_runs_none(browser, site):
    from selenium.webdriver.common.by import By

    browser.get(site + "/?q=%E9%A1%8C")
    browser.find_element(By.CSS_SELECTOR, "#articles a").click()
    text = browser.find_element(By.ID, "text").text
    assert "<script>window.__xss = 1</script>" in text and '<img src=x onerror="window.__xss = 2">' in text
    assert browser.execute_script("return window.__xss === undefined")
    assert not browser.find_elements(By.CSS_SELECTOR, "#text script, #text img")
    # the search box takes markup as text too
    browser.get(site + "/?q=%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D3%3E")
    assert browser.execute_script("return window.__xss === undefined")
    assert browser.find_element(By.NAME, "q").get_attribute("value") == "<img src=x onerror=window.__xss=3>"
