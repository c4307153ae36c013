@concurrency
Feature: Many verifications at once
  A busy store verifies many purchases at the same moment, and each is called. One purchase
  verified twice at once, by a retrying client say, is called only once.

  Background:
    Given the store "ICA Nära Årsta" is open now and has a full business context

  Scenario: Fifty purchases at one store at the same moment are all called
    When 50 shoppers at the store verify purchases at the same moment
    Then all 50 calls are accepted, each with a call session of its own

  Scenario: One purchase verified twenty times at once is called once
    Given a shopper verified a purchase of 249.00 kr 5 minutes ago
    When the verification system asks for a feedback call 20 times at the same moment
    Then 1 call is accepted and 19 are refused with 409 "CALL_ALREADY_EXISTS"
    And every refusal names the accepted call
