@security
Feature: Who may see what
  Every request carries a token. The verification system and operators drive calls; a
  store's staff read their own store's reports, never a shopper's words and never another
  store's figures.

  Background:
    Given the store "ICA Nära Årsta" is open now and has a full business context
    And a shopper's call at the store has been graded
    And the store's weekly report for this week has been generated

  Scenario: Without a token the service answers 401
    When someone without a token asks for the call's status
    Then the service answers 401 with error "UNAUTHORIZED"

  Scenario: A store's staff may not read a shopper's transcript
    When the store owner asks for the call's transcript
    Then the service answers 403 with error "FORBIDDEN"

  Scenario: A store's staff may not read another store's report
    Given the store "Coop Hornstull" is open now and has a full business context
    And the store's weekly report for this week has been generated
    When the owner of "ICA Nära Årsta" asks for the weekly report of "Coop Hornstull"
    Then the service answers 403 with error "FORBIDDEN"
    When the owner of "ICA Nära Årsta" asks for the weekly report of "ICA Nära Årsta"
    Then the service answers 200
