@swedish_only
Feature: Conversations are held in Swedish
  The agent speaks Swedish only. A shopper who cannot take the call in Swedish is thanked and
  let go: nothing is graded, and what they said is not kept.

  Scenario: A shopper who answers in English is let go without an analysis
    Given the store "ICA Nära Årsta" is open now and has a full business context
    And a shopper verified a purchase of 89.90 kr 5 minutes ago
    And the verification system asked for a feedback call
    And the shopper answered
    When the shopper talks for 15 seconds:
      | speaker | says                                                                    |
      | agent   | Hej! Jag ringer från ICA Nära Årsta om ditt köp i dag. Har du en minut? |
      | shopper | Sorry, I don't speak Swedish, only English.                             |
      | agent   | Ursäkta, samtalet hålls på svenska.                                     |
      | shopper | I am sorry, I really do not understand what you are saying.             |
    Then the call is abandoned because of "language_barrier"
    And no analysis was queued
    And the transcript is gone
    When the service asks for the call to be analysed
    Then the service answers 409 with error "NOT_ANALYSABLE"
