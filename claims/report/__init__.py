"""The reports: terminal text, the HTML review page and the index of several pages."""
