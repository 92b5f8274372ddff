"""The robustness suite (in progress): wrapper families and the paired lift; not yet in the catalog."""
