"""The desktop window: the only package that imports Qt.

Widgets lay out and react; the work (queries, formatting, vocabularies) is asked of the
services, the store and the domain, so everything the window shows is testable without it.
"""
