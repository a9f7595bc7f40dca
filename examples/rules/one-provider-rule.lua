-- Add a rule for one provider: Microsoft's "5.7.708 Access denied, traffic
-- not accepted from this IP" is about our IP's reputation, not the
-- recipient: ask for a person to talk to Microsoft, never suppress.
return {
    rules = {
        { id = "ops.microsoft.5-7-708", provider = "microsoft",
          status = "5.7.708", reason = "badreputation", action = "contact",
          tags = { "microsoft-delist" },
          examples = {
            { reply = "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230)",
              mx = "example-com.mail.protection.outlook.com" },
          } },
    },
}
