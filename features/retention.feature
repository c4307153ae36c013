@retention @moves_clock
Feature: Personal data is gone after 90 days
  A call's phone number and words live 90 days at most. After that the retention job removes
  the call; its anonymised grade still counts in the store's figures, and the weekly reports
  stay.

  Scenario: A call past its expiry is removed, its grade still counts
    Given the store "ICA Nära Årsta" is open now and has a full business context
    And a shopper's call at the store has been graded
    And the store's weekly report for this week has been generated
    When 91 days pass
    And the retention job runs
    Then the call's status answers 404
    And the transcript is gone
    And the store's metrics for the day of the call still count 1 qualifying assessment
    And the store's weekly report is still there
