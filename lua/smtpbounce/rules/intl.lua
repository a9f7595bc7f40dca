-- Built-in phrase rules for replies in other languages (German, French,
-- Spanish, Italian, Portuguese, Russian, Japanese, Chinese).
return { rules = {} }
