"""Structure: lines, language, dates, datelines and the builder of an article's fields."""
