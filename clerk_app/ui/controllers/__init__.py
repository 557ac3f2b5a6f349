"""Controllers: behaviour behind the views; services come in through their constructors."""
