"""Rekom: the document pipeline of the BPS statistical-activity recommendation service.

The core package holds what every stage shares: settings, the error hierarchy,
office profiles, the BPS region table and the command line.
"""

__version__ = "0.1.0"
