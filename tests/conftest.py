import stance.extract


def pytest_report_header(config):
    """Which extraction build the run tests: compiled (setup.py) or the Python source."""
    return f"stance.extract: {stance.extract.BUILD}"
