@successful_call
Feature: A successful feedback call
  A shopper verifies a purchase, and kundrost phones them at once. The AI agent holds a short
  conversation in Swedish about the visit; honest, detailed feedback earns cashback, and the
  store gets a summary and things it can act on.

  Background:
    Given the store "ICA Nära Årsta" is open now and has a full business context

  Scenario: Detailed Swedish feedback about the meat counter earns 8 to 12 percent
    Given a shopper verified a purchase of 349.50 kr 5 minutes ago
    When the verification system asks for a feedback call
    Then the call is pending on attempt 1
    When the shopper answers
    Then the call is in progress
    When the shopper talks for 95 seconds:
      | speaker | says                                                                                                                                                   |
      | agent   | Hej! Jag ringer från ICA Nära Årsta om ditt köp i dag. Har du en minut?                                                                                |
      | shopper | Ja, absolut, det går bra.                                                                                                                              |
      | agent   | Vad tyckte du om köttdisken?                                                                                                                           |
      | shopper | Köttdisken hade fantastisk service i dag. Slaktaren skar upp en entrecôte åt mig och berättade hur länge den skulle vila efter stekningen.             |
      | agent   | Hur var bemötandet från personalen?                                                                                                                    |
      | shopper | Personalen var väldigt hjälpsam, en medarbetare följde med mig till hyllan med kryddorna när jag inte hittade dem.                                     |
      | agent   | Var det något som kunde ha varit bättre?                                                                                                               |
      | shopper | Kön i kassan var lång vid lunch, bara två kassor var öppna. En kassa till vid lunchtid skulle hjälpa mycket.                                           |
      | agent   | Tack så mycket för dina svar! Ha en fin dag.                                                                                                           |
    Then the call is completed after 95 seconds
    And the feedback is analysed
    And the feedback qualifies for a reward between 8 and 12 percent
    And the feedback is not fraudulent
    And the assessment has a summary and actionable items
