@low_grade_feedback
Feature: Low-grade feedback is deleted at once
  Feedback that says nothing earns nothing, and its words are deleted as soon as it is graded:
  only the scores stay, for the store's metrics.

  Scenario: "Allt var bra, inget mer att säga" earns nothing and is deleted
    Given the store "ICA Nära Årsta" is open now and has a full business context
    And a shopper verified a purchase of 59.00 kr 5 minutes ago
    And the verification system asked for a feedback call
    And the shopper answered
    When the shopper talks for 70 seconds:
      | speaker | says                                                                    |
      | agent   | Hej! Jag ringer från ICA Nära Årsta om ditt köp i dag. Har du en minut? |
      | shopper | Ja.                                                                     |
      | agent   | Vad tyckte du om köttdisken?                                            |
      | shopper | Allt var bra, inget mer att säga.                                       |
      | agent   | Var det något som kunde ha varit bättre?                                |
      | shopper | Nej, allt var bra, inget mer att säga.                                  |
      | agent   | Tack för dina svar! Ha en fin dag.                                      |
    Then the call is completed after 70 seconds
    And the feedback is analysed
    And the feedback does not qualify for a reward
    And the assessment keeps none of the shopper's words
    And the transcript is gone
