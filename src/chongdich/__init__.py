"""chongdich: epidemic-response operations for Vietnam's health authorities."""

__version__ = "0.1.0"
