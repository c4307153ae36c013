@business_context
Feature: A store's business context
  What a store tells kundrost about itself — opening hours, departments, questions, facts —
  is what catches impossible claims and steers the conversation. A thin context is stored,
  but the owner is told what it lacks.

  Scenario: A context with only opening hours is weak and says what is missing
    When the owner of "ICA Nära Årsta" describes the store with only its opening hours:
      | day    | open  | close |
      | monday | 08:00 | 20:00 |
      | friday | 08:00 | 22:00 |
    Then the context is stored as version 1
    And its completeness is below 0.6
    And it has a warning that mentions "departments"
    And it has a warning that mentions "questions"
    And it has a warning that mentions "baseline facts"

  Scenario: A full context is complete and has no warnings
    Given the store "ICA Nära Årsta" is open now and has a full business context
    Then its completeness is 1.0
    And it has no warnings
