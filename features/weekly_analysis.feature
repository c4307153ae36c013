@weekly_analysis @moves_clock
Feature: The weekly report a store owner reads
  Every Monday each store gets a report of what its customers said the week before: what they
  praised, what they complained about, what is new since the week before, and how each
  department did. The owner can search what was said and gets a ranked list of things to do.

  Background:
    Given the store "ICA Nära Årsta" is open now and has a full business context
    And during a week, shoppers said:
      | the shopper said |
      | Köttdisken hade fantastisk service, slaktaren hjälpte mig välja en fin bit entrecote och förklarade hur jag skulle steka den. |
      | Kön i kassan var väldigt lång vid femtiden, bara två kassor var öppna. Öppna fler kassor på eftermiddagen. |
      | Bageriet hade nybakade kanelbullar som fortfarande var varma, och brödet doftade underbart. |
    And that week's report was generated on the Monday after
    And during the next week, shoppers said:
      | the shopper said |
      | Slaktaren i köttdisken var jättetrevlig och gav mig bra råd om hur länge fläskfilén skulle vila. |
      | Köttdisken hade ett fint utbud av viltkött i veckan och personalen där var kunnig och hjälpsam. |
      | Jag stod i kö i kassan i tjugo minuter eftersom bara en kassa var öppen, det är för dåligt. |
      | Kassorna var underbemannade igen vid lunch, kön gick ända bort till mejerihyllan. Ni borde öppna en kassa till. |
      | Frukten var dålig, bananerna var bruna och avokadorna var övermogna och mjuka. Kolla frukten oftare. |
      | Grönsakerna var vissna, salladen var brun i kanterna och tomaterna var mjuka. |
    When that week's report is generated on the Monday after

  Scenario Outline: What shoppers praised and complained about is in the report
    Then the report's section "<avsnitt>" lists "<tema>" of "<avdelning>"

    Examples: Beröm
      | avsnitt          | tema                  | avdelning |
      | positiva trender | Personalens bemötande | Kött      |

    Examples: Klagomål
      | avsnitt | tema            | avdelning       |
      | problem | Kö och väntetid | Kassan          |
      | problem | Frukt och grönt | Frukt och grönt |

    Examples: Nytt sedan veckan före
      | avsnitt     | tema            | avdelning       |
      | nya problem | Frukt och grönt | Frukt och grönt |

  Scenario Outline: Each department's mood is in the report
    Then its department insights show "<avdelning>" as <stämning>

    Examples: Avdelningar
      | avdelning       | stämning |
      | Kött            | positiv  |
      | Kassan          | negativ  |
      | Frukt och grönt | negativ  |

  Scenario: A complaint the week before also had is not new
    Then the report does not list "Kö och väntetid" among its new issues
    And the report compares the week with the week before

  Scenario: Searching in English finds what shoppers said about the meat counter
    Given the store's context calls the department "Kött" also "meat section"
    When the store owner searches for "meat section opinions"
    Then every result is about "Kött" or names "köttdisk"
    And the results come from what 3 shoppers said

  Scenario: The most urgent issue is the first recommendation
    When the store owner asks for recommendations
    Then the recommendations are ranked most urgent first
    And the first recommendation is a high one for "Kassan"
