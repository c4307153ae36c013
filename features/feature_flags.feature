@feature_flags @changes_settings
Feature: Switching AI calls off
  An operator can switch AI calls off (KUNDROST_AI_CALLS_ENABLED=0), for example while the
  phone provider has an outage. The service then refuses new calls, saying why.

  Scenario: With AI calls switched off, no call is placed
    Given the operator has switched AI calls off
    And the store "ICA Nära Årsta" is open now and has a full business context
    And a shopper verified a purchase of 349.50 kr 5 minutes ago
    When the verification system asks for a feedback call
    Then the service answers 503 with error "FEATURE_DISABLED"
    And the message says "switched off"
    And the message says "KUNDROST_AI_CALLS_ENABLED"
