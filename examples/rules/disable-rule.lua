-- Turn a built-in rule off by its id: here the greylisting rule, for an
-- operator whose MTA already retries greylisted mail on its own schedule
-- and wants those replies to fall through to the reply-code defaults.
return {
    disable = { "phrase.greylist" },
}
