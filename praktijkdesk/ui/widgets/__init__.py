"""Touch-sized widgets built from theme tokens."""
