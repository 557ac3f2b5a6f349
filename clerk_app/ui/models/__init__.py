"""Qt item models over what the store returns, for the table views."""
