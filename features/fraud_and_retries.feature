@fraud_and_retries
Feature: Fraud and retries
  A purchase the store could not have made earns nothing, however good the conversation.
  A call that never connects is tried again, three attempts in all.

  Background:
    Given the store "ICA Nära Årsta" is open now and has a full business context

  Scenario: A purchase at two in the night is fraud and earns nothing
    Given the store is open from 08:00 to 20:00 every day
    And a shopper verified a purchase at 02:00 UTC
    When the verification system asks for a feedback call
    And the shopper answers
    And the shopper gives detailed feedback for 90 seconds
    Then the feedback is analysed
    And the feedback is fraudulent because of "business_hours_violation"
    And the feedback does not qualify for a reward
    When the service runs the timing, content, context and pattern checks
    Then the timing check is suspicious with "business_hours_violation"
    And the call is judged fraudulent and excluded from rewards

  Scenario: An unanswered call is retried twice, and a third retry is refused
    Given a shopper verified a purchase of 129.00 kr 5 minutes ago
    And the verification system asked for a feedback call
    When the call fails with "no_answer"
    Then the call is failed on attempt 1
    When the service retries the call
    Then the retry is accepted as retry number 1, attempt 2
    When the call fails with "no_answer"
    And the service retries the call
    Then the retry is accepted as retry number 2, attempt 3
    When the call fails with "busy"
    Then the call is failed on attempt 3
    When the service retries the call
    Then the service answers 409 with error "MAX_ATTEMPTS_EXCEEDED"
    And the call is failed on attempt 3
