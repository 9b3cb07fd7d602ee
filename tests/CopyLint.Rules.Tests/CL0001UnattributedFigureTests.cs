using CopyLint.Core.Diagnostics;
using CopyLint.Rules.Tests.Infrastructure;

namespace CopyLint.Rules.Tests;

public sealed class CL0001UnattributedFigureTests
{
    private const string Id = "CL0001";

    [Theory]
    [InlineData("[|About 500|] people died in the fire.")]
    [InlineData("The storm caused [|$2.3 billion|] in damage across the province.")]
    [InlineData("Unemployment rose to [|4.1%|] in March.")]
    [InlineData("[|More than 300|] protesters were arrested over the weekend.")]
    [InlineData("The program costs taxpayers [|1.2 trillion won|] a year.")]
    [InlineData("Nearly [|a third|] of the city's schools lack heating.")]
    [InlineData("[|Some 40,000|] troops are massed along the border.")]
    [InlineData("[|Two|] people were killed when the bridge collapsed.")]
    [InlineData("The ministry said the toll was rising. [|At least 120|] people are dead.")]
    [InlineData("More than one month of fighting has killed [|3,000|] people.")]
    [InlineData("The plant will cut [|2000|] jobs by the end of the year.")]                                            // a four-digit count, not a year
    [InlineData("The company hired [|1500|] new engineers last month.")]
    public void Flags_unattributed_claim_figures(string marked) => RuleAssert.Flags(Id, marked);

    [Theory]
    [InlineData("The New York Times corroborated the report, stating that Russia had assembled a force of 50,000 soldiers, including North Korean personnel.")]
    [InlineData("On Saturday, Ukraine Defense Intelligence (DIU), a military intelligence unit of Ukraine, reported that the estimated losses among units manned by both Russian and North Korean personnel totaled approximately 200.")]
    [InlineData("They reported that North Korean troops killed over 300 Ukrainian soldiers and captured a village on Dec. 6.")]
    [InlineData("It also claimed, \u201CAfter each wave, 4-5 Koreans arrive on buggies to collect and line up the bodies\u2026 and to mask the faces of the dead.\u201D")]
    [InlineData("The footage comes more than one month following North Korean forces reportedly started operations in Russia\u2019s Kursk region.")]
    [InlineData("Kim Min-ji, 34, said she had waited six hours at the border.")]
    [InlineData("The 1950-53 Korean War ended in an armistice, not a peace treaty.")]
    [InlineData("Seoul beat Busan 3-1 on Saturday.")]
    [InlineData("Call the newsroom at 02-751-5114.")]
    [InlineData("One of the two suspects fled on foot, police said.")]
    [InlineData("The singer was made an OBE in 2001 for services to music.")]                                           // a year, whatever noun comes later
    [InlineData("On Sunday, the 414th Unmanned Strike Aviation Systems Regiment of Ukraine shared drone footage via its Telegram channel, allegedly showing about 20 bodies, reportedly Russian and North Korean soldiers, lying in a row after being killed in combat.")]
    public void Silent_on_attributed_or_exempt_numbers(string text) => RuleAssert.Silent(Id, text);

    // Editor review classes (docs/eval/cl0001-editor-review.md): figures a desk editor does not want sourced.
    [Theory]
    [InlineData("Quarterly earnings were [|77m euros|] (\u00A353m; $100m), the firm's best result.")]                      // conversion in brackets
    [InlineData("The state spent [|59.2 trillion rupiah|] ($6.58bn; \u00A33.5bn) on fuel subsidies.")]                     // conversion after a currency word
    [InlineData("Profit fell to [|$1.1bn|] from $1.4bn a year earlier.")]                                                   // comparison baseline
    [InlineData("Operating profit was [|9.5bn kronor|] against 6.3bn kronor last year.")]
    public void Conversions_and_comparison_baselines_are_not_separate_claims(string marked) => RuleAssert.Flags(Id, marked);

    [Theory]
    [InlineData("Shares in the drug maker lost 70% while its US partner shed 43%.")]                                       // market data
    [InlineData("The dollar was buying 104.76 yen in early trading, 0.5% stronger on the day.")]
    [InlineData("Brent crude futures jumped to $53.09 a barrel before closing at $53.03.")]
    [InlineData("The laptop retails for $1,299 in the base configuration.")]                                               // listing prices
    [InlineData("The headphones are now $149.99 at most stores.")]
    [InlineData("That knocks $600 off the original price.")]
    [InlineData("The firm bid $16.50 per share for the newspaper group.")]
    [InlineData("Drop the rear seats and the boot grows to 58 cu.ft in total.")]                                            // measurements and recipes
    [InlineData("The galaxy is some 230 million light-years wide.")]
    [InlineData("Add 2 tbsp of oil and 10 cloves of garlic.")]
    [InlineData("The goalkeeper stopped 35 shots in the second period.")]                                                  // record of play
    [InlineData("The home side reached the last 16 of the cup.")]
    public void Market_data_listing_prices_measurements_and_play_are_not_claims(string text) => RuleAssert.Silent(Id, text);

    [Theory]
    [InlineData("The veteran director, 68, won the prize for best film.")]                                                 // ages
    [InlineData("At 34, Holmes knows that time is running out.")]
    [InlineData("He left school and conquered half the known world by the age of 25.")]
    [InlineData("Students who turn 18 before polling day can register.")]
    [InlineData("The board saw the chief executive, then 44, as the right choice.")]
    [InlineData("The western Million Dollar Baby took two awards.")]                                                     // names and codes
    [InlineData("Battery life on the 11 Pro Max is the best of any phone.")]
    [InlineData("Calls to 0870 numbers are not included.")]
    [InlineData("Cutting off the top half of the bun saves calories.")]                                                    // a part, not a share
    public void Ages_names_codes_and_parts_are_not_claims(string text) => RuleAssert.Silent(Id, text);

    [Theory]
    [InlineData("Oatmeal improved fullness in another study in 48 people (23).")]                                        // numbered reference
    [InlineData("I found out that 46 people had visited my profile in the last week.")]                                  // the writer's own experience
    [InlineData("The average household owns 600 digital images, estimates the Consumer Electronics Association.")]       // inverted tag
    [InlineData("The Cell consortium expects the chip to handle 16 trillion operations a second.")]                      // named subject
    public void References_first_person_and_inverted_or_named_cues_are_sources(string text) => RuleAssert.Silent(Id, text);

    [Theory]
    [InlineData("[|300|] Ukrainian soldiers were killed near the village.")]
    [InlineData("At least [|8 in 10|] GOP primary voters are unhappy with the government.")]
    [InlineData("The index of consumer prices rose [|3.1%|] in the year to March.")]
    [InlineData("Market share rose to [|20%|] last year.")]
    [InlineData("Shares fell as [|500|] workers were laid off.")]
    [InlineData("World War I cost Britain [|\u00A311bn|].")]
    public void Counts_polls_and_statistics_near_those_classes_still_flag(string marked) => RuleAssert.Flags(Id, marked);

    [Theory]
    [InlineData("Growth slowed to [|0.3%|] in the quarter, down from 6.3% in the first quarter of 2004.")]                  // baseline, longer anchor
    public void A_baseline_anchored_later_in_the_clause_is_not_a_second_claim(string marked) => RuleAssert.Flags(Id, marked);

    [Theory]
    [InlineData("Looking ahead, Acme Stores sees sales growth of 1.8 percent next year.")]                                               // guidance verb after a name
    [InlineData("Fountains of gas rise thousands of light-years above the disc.")]                                       // vague measurement
    [InlineData("2018.04.05 ~ OPEN RUN")]                                                                                   // dotted date
    [InlineData("The drilling news caused its shares to lose 18% in one day.")]                                           // market verb, base form
    public void Guidance_vague_measurements_dotted_dates_and_share_moves_are_not_flagged(string text) => RuleAssert.Silent(Id, text);

    [Fact]
    public void A_page_of_listing_prices_is_shopping_copy()
    {
        const string text = "Deal one: the monitor is now $649.99.\n\nDeal two: the watch is $169.99 today.\n\nDeal three: the laptop is $799.99.\n\nThe tablet is $300 with the coupon.\n";
        Assert.Empty(RuleAssert.Run(text, Id));
    }

    [Fact]
    public void Captions_in_a_foreign_language_page_are_not_judged()
    {
        const string text = "O governo anunciou que a economia do pa\u00EDs cresceu muito no ano passado, com mais empregos criados nas cidades do interior.\n\nClassifica\u00E7\u00E3o final em 2019 ap\u00F3s 36 etapas:\n\nA equipe venceu 20 corridas e somou muitos pontos na temporada inteira do campeonato nacional.\n";
        Assert.Empty(RuleAssert.Run(text, Id));
    }

    [Fact]
    public void Listing_lines_and_sub_heads_are_not_sentences_but_the_copy_under_them_is_checked()
    {
        const string text = "Deals of the week\n\nSonos Move for $400\n\nThe speaker sold 40,000 units in its first month.\n";
        var found = RuleAssert.Run(text, Id);
        var d = Assert.Single(found);
        Assert.Equal("40,000", text.Substring(d.Span.Start, d.Span.Length));
    }

    [Fact]
    public void Paragraphs_in_other_languages_are_not_judged_with_english_cue_lists()
    {
        const string portuguese = "O governo anunciou que a economia cresceu 3% no ano passado, com mais de 500 mil empregos criados nas cidades do interior do pa\u00EDs.";
        Assert.Empty(RuleAssert.Run(portuguese, Id));
    }

    [Fact]
    public void Casualty_figure_in_conflict_sentence_is_an_error()
    {
        var found = RuleAssert.Flags(Id, "[|Dozens|] of civilians were killed in the strike on the market.");
        Assert.Equal(DiagnosticSeverity.Error, found[0].Severity);
    }

    [Fact]
    public void Message_names_the_figure_and_offers_attribution_fix()
    {
        var found = RuleAssert.Flags(Id, "Unemployment rose to [|4.1%|] in March.");
        Assert.Contains("'4.1%'", found[0].Message);
        Assert.Contains(found[0].Fixes, f => f.Title.StartsWith("Add attribution", StringComparison.Ordinal));
        Assert.Contains(found[0].Fixes, f => f.Title.StartsWith("Suppress CL0001", StringComparison.Ordinal));
    }

    [Fact]
    public void Restated_attribution_is_related_information()
    {
        var found = RuleAssert.Flags(Id, "The ministry said the toll was rising. [|At least 120|] people are dead.");
        Assert.Contains(found[0].Related, r => r.Message.Contains("previous sentence", StringComparison.Ordinal));
    }

    // Pass 3 of the editor review (docs/eval/cl0001-editor-review.md): public-record amounts, descriptions and story context.
    [Theory]
    [InlineData("A few days later, Baikal gave control of the company to the state oil group for $9.3bn.")]                 // deal price after a verb of selling
    [InlineData("SoftBank committed to a $9.5 billion lifeline to bail out the company.")]                                   // deal noun after the amount
    [InlineData("The unit was sold to pay off a $27.5bn (\u00A314.5bn) back tax bill.")]                                  // deal noun after a conversion
    [InlineData("Last April, Argentina signed a $240m agreement to import Venezuelan fuel.")]
    [InlineData("The parliament ruled that the firm's 70% controlling stake is too high.")]
    [InlineData("The investment firm already owns 6.7% of the retailer's shares.")]
    [InlineData("Sumitomo tabled a higher offer than its rival, valuing the company at $35bn.")]
    [InlineData("SoftBank offered a lifeline worth up to $8 billion to the office-sharing company.")]
    [InlineData("Primer, a $7,000 tale of discovery, won the top award at the festival.")]                               // money with nothing spent, raised or lost
    [InlineData("Shoppers can save $100 on the retail systems this week.")]
    [InlineData("What marked the game as a classic were the thousands of details in its levels.")]                      // a vague amount of things
    [InlineData("Such sites typically only get a few thousand visitors per day.")]                                       // a loose amount
    [InlineData("She finished second in the 2002 and 2003 London races.")]                                               // two years
    [InlineData("The lessons, aimed at 11 to 14-year-olds, will introduce them to copyright.")]                            // an age band
    [InlineData("Police appealed for help on 0800 555 111.")]                                                           // phone number groups
    [InlineData("She moved her savings into a 401(k) account.")]
    [InlineData("The 2020 Sentra gets a new front grille.")]                                                             // a model year
    [InlineData("The 12 affected by the ruling are from Algeria, Tunisia and Egypt.")]                                  // "The N" opening: told before
    [InlineData("However, the other 28 people have shown no signs of the plague.")]
    [InlineData("The Aviator leads the field with 11 nominations.")]                                                     // record counts
    [InlineData("Now the firm employs 7,600 workers in three countries.")]
    [InlineData("As of October, the airline had a fleet of 270 aircraft.")]
    [InlineData("Amicus has 1.2 million members and is balloting them this week.")]                                    // the size of an organisation
    [InlineData("Sky Plus is the market leader, with 474,000 subscribers.")]
    [InlineData("The performer is one of the members of 50 Cent's G-Unit group.")]                                       // a name
    [InlineData("It has total net assets of $96bn.")]
    [InlineData("In London, Corus fell 2.2% to 55.57 pence.")]                                                          // a share price in pence
    [InlineData("The bridges route data 2,000 times faster than a broadband line.")]                                    // a multiplier
    [InlineData("Your to-do list will shrink to 25% of its current size.")]                                              // speaks to the reader
    [InlineData("King of Monitors: 35% Off the curved display this week.")]                                               // a discount
    [InlineData("Call police on 0845 8 505 505 or 0800 555 111.")]                                                       // phone numbers joined by "or"
    [InlineData("The current lineup ranges from $150 to $200.")]
    [InlineData("She joined the company in Monte Carlo when she was 14.")]                                              // an age
    [InlineData("Boeing has unveiled its new long-distance 777 plane.")]                                                  // a model number
    [InlineData("Magistrates imposed a curfew between 2200 and 0700 on the singer.")]                                     // clock times
    [InlineData("Andre 3000 thanked fans for supporting the band.")]                                                      // a name opening the sentence
    [InlineData("Four of the men ran out from behind the speaker's chair.")]                                             // part of a group told before
    [InlineData("Check out our picks for the 10 best early deals below.")]                                                // the size of a ranked list
    [InlineData("The program is labelled as a file called: 7610.extended.theme.manager.zip.")]                          // a file name                                                          // a price range
    [InlineData("The firm has been active in the sector, paying \u00A3328m to buy a rival last August.")]                // a deal price before "to buy"
    [InlineData("The firm's revenue nearly tripled in the fourth quarter of 2004.")]                                      // a period, not a fraction
    [InlineData("The set measures 22\" long and 22\" wide.")]                                                           // inch marks
    [InlineData("A further 15m euros will be made available to wine cooperatives.")]                                     // a plan
    [InlineData("The fan website is hoping to raise $32m from donations by the end of March.")]
    [InlineData("The central bank has left interest rates on hold at 4.75% for a sixth month in a row.")]                  // a set level
    [InlineData("India has raised the limit for foreign investment in telecoms companies from 49% to 74%.")]
    [InlineData("India's defence budget has also been raised 7.8% to 830bn rupees.")]
    [InlineData("The short-haul surcharge was raised from \u00A32.50 to \u00A34 a leg.")]
    [InlineData("The unit was auctioned to help pay off a $27.5bn back-tax bill.")]
    [InlineData("GM will pay Fiat $2bn as part of the settlement.")]
    [InlineData("Today's offer is good for a 25% discount on the sensor.")]
    [InlineData("Although fleet sales were up from 13.2 percent in September, they are below the March high.")]           // a spelt-out baseline
    [InlineData("Beijing wants the president to eliminate the 15% tariffs on Chinese goods.")]
    [InlineData("The tour helped push their 2004 earnings up, the band's best year.")]                                     // a year before a results noun
    [InlineData("He joined the service as an idealistic 20 year-old.")]
    [InlineData("The pan-European STOXX 600 index lost 0.12% on Monday.")]                                                 // an index move
    [InlineData("Police appealed for help on 0845 8 505 505.")]                                                          // phone groups after a short one
    [InlineData("A family friend found the car in the hotel parking lot and called 911.")]                               // an emergency number
    [InlineData("The watch requires an iPhone 5s or later with iOS 12 or later.")]                                       // a version after a mixed-case name
    [InlineData("Ex-No 10 media chief Alastair Campbell is at the centre of the row.")]
    [InlineData("Removal orders are held back until they are legally adults at 18.")]                                    // an age after "at"
    [InlineData("Celebrity Big Brother attracted fewer viewers than its 2002 series.")]                                   // a year before "series"
    [InlineData("Garcia Marquez and Updike also feature on the 18-strong list of literary figures.")]                     // the size of a list
    [InlineData("Organisers hope to raise at least \u00A3250,000 from the show.")]                                       // a hope
    [InlineData("The two Telegraph titles currently employ 521 journalists.")]                                           // a profile
    [InlineData("The image was created by stitching together 600 single snaps of the city.")]                            // an exact, modest count of things
    [InlineData("The carmaker is to send its test cars across 40 countries.")]
    [InlineData("Prices are below last year's peak of $55.67 a barrel.")]                                                // a commodity price
    [InlineData("Many survive on an income of less than $4, or three euros, a day, economists say.")]                     // a conversion after a comma
    [InlineData("Ocean's 12 fell to number two at the box office.")]                                                    // a title
    [InlineData("Some \u00A33.7bn will be spent on the programme by 2010.")]                                              // a plan
    [InlineData("During 2000 many motorists campaigned against the rises.")]                                              // a year after a preposition
    [InlineData("US troops remain, years after the September 11, 2001 attacks.")]                                       // the year of a date
    [InlineData("The simulation tracked the particles over a 13.8-billion-year period.")]                               // a duration compound
    [InlineData("In the speed test the new machine scored a 129, and the old one a 126.8.")]                            // test scores
    [InlineData("Some monitors maxed out with ratings of 999 last week.")]
    [InlineData("The gap is between 0.6 and 0.7 millimeters on the older keyboard.")]                                    // a measurement pair
    [InlineData("Some 200 new jobs are to be created at the factory.")]                                                  // a plan
    [InlineData("A company of 100-120 UK troops is understood to have been put on standby.")]                            // a CL0001 hedge
    [InlineData("The blockbuster, rumoured to have cost more than $150m to make, opened on Friday.")]
    [InlineData("At 16, he went to Indiana University to study.")]                                                       // an age
    [InlineData("The shop has a 70\" Element TV on offer.")]                                                             // an inch mark before a capitalised name
    [InlineData("Most of those convicted were members or friends of the two families.")]                                // a group told before
    public void Silent_on_public_record_amounts_and_descriptions(string text) => RuleAssert.Silent(Id, text);

    [Theory]
    [InlineData("Shareholders lost [|about $180bn|] in the collapse.")]                                                   // money with a loss cue
    [InlineData("Mexican labourers living in the US sent a record [|$16.6bn|] home last year.")]
    [InlineData("The campaign has spent [|more than $77 million|] on television advertising since June.")]
    [InlineData("[|Thousands|] of hunt supporters marched through the town.")]                                           // vague amount of people
    [InlineData("The deal was signed as [|500|] workers were laid off.")]                                              // a deal sentence does not hide a count of people
    [InlineData("The firm's revenue fell [|4%|] in the fourth quarter of 2004.")]
    [InlineData("The unemployment rate rose to [|11.7%|] in January.")]                                                  // a rate that is measured, not set
    [InlineData("The refugees were [|15 percent|] over the limit set for the year.")]                                     // the level comes after the figure
    [InlineData("Unemployment went up to [|5.5%|] from [|5.4%|] among young people.")]                                  // a baseline needs a time anchor
    [InlineData("The gunman killed [|49|] people at the club.")]
    [InlineData("Republicans now control both legislative chambers in [|30|] states.")]                                  // counts of civic units stay claims
    [InlineData("In 2014, the city had [|115|] instances of violent crime.")]                                            // counted events
    [InlineData("The party has held the White House only four out of [|11|] times.")]                                     // a ratio
    [InlineData("The director has made [|more than 25|] films.")]                                                        // an approximator makes an estimate
    [InlineData("[|Close to 19,000|] members have helped campaign for the candidate.")]                                  // members who did something
    [InlineData("[|Nine|] peacekeepers were killed in the attack on Saturday.")]                                      // a casualty count
    [InlineData("[|Around 150|] died in the fire.")]                                                                   // an approximator is no name
    [InlineData("In [|2000|] people were evacuated from the valley.")]                                                   // a year-like count right before its noun
    public void Still_flags_claims_next_to_the_new_exemptions(string marked) => RuleAssert.Flags(Id, marked);

    [Fact]
    public void A_results_story_reports_its_lede_not_the_later_details_of_the_same_results()
    {
        const string marked = "Quarterly profits at the media giant jumped [|76%|] to [|$1.13bn|] for the three months to December.\n\n"
            + "Sales rose 2.8% to 14.96bn euros, while operating margins improved.\n\n"
            + "It lost 464,000 subscribers in the fourth quarter.\n";
        RuleAssert.Flags(Id, marked);
    }

    [Fact]
    public void Without_a_results_lede_later_sales_figures_are_still_claims()
    {
        const string marked = "The carmaker opened a new plant in Leipzig on Tuesday.\n\nSales rose [|2.8%|] to [|14.96bn euros|] last year.\n";
        RuleAssert.Flags(Id, marked);
    }

    [Fact]
    public void A_sports_report_keeps_its_times_fees_and_scores_but_not_its_casualties()
    {
        const string text = "The striker scored twice as the league leaders won the derby at a packed stadium.\n\n"
            + "The sprinter ran a time of 21.00 in the relay, and the club paid \u00A316.5m for the midfielder.\n\n";
        RuleAssert.Silent(Id, text);
        RuleAssert.Flags(Id, text + "[|Two|] fans were killed in a crush outside the stadium after the match.\n");
    }

    [Fact]
    public void A_politics_story_that_mentions_a_stadium_is_not_a_sports_report()
    {
        const string marked = "The senator spoke at a football stadium in Ohio on Tuesday, then flew home to Washington.\n\n"
            + "Her campaign has raised [|$33 million|] since January, and [|more than 1 million|] donors gave to it.\n";
        RuleAssert.Flags(Id, marked);
    }

    [Theory]
    [InlineData("The original version, which was the Christmas number one in 1984, went on to sell well.")]           // a chart position and a year, not a ratio
    [InlineData("Local staff will replace UK representation in another 11.")]                                          // the noun was named before
    [InlineData("He was arrested along with the drummer and three other members of the band's entourage.")]          // a description
    [InlineData("In the benchmark, scores jumped as well from 2395 to 2623.")]                                           // test scores
    [InlineData("More than a third of the firm's staff will likely receive notice this week.")]                         // hedged
    public void Pass4_silent_on_chart_positions_descriptions_baselines_scores_and_hedges(string text) => RuleAssert.Silent(Id, text);

    [Theory]
    [InlineData("One in [|2000|] births is affected by the condition.")]                                                 // a real ratio with its noun
    [InlineData("The gunman killed [|three|] other people and wounded [|12|] others.")]                               // a casualty sentence keeps its counts
    [InlineData("BT now has a [|36%|] share of the market - down from 39% - which is growing.")]                       // the baseline of a spelt-out move is not
    [InlineData("Sales rose to [|36%|] of the market last year, up from 30%.")]                                         // the new figure is still a claim
    [InlineData("The bombers struck again and killed [|another 11|] people on Sunday.")]                               // "another 11" with its noun
    public void Pass4_still_flags_the_claims_next_to_those_exemptions(string marked) => RuleAssert.Flags(Id, marked);

    [Theory]
    [InlineData("New mothers are currently entitled to 90% of average earnings for the first six weeks.")]
    [InlineData("India also has a law mandating that 2 percent of corporate profits go toward charity.")]
    [InlineData("Banks will now be able to sell up to 49% of their Islamic banking units.")]
    [InlineData("The private firm which runs the tube lines has offered an 8% increase in wages.")]
    public void Pass4_silent_on_rules_entitlements_permissions_and_offers(string text) => RuleAssert.Silent(Id, text);

    [Theory]
    [InlineData("The shop stayed open in 2019.\n\nIt was known as the Black Death during the fourteenth century, causing more than 50 million deaths in Europe.\n")]
    [InlineData("The soap returned in 2005.\n\nThe show's highest audience came at Christmas 1986, when more than 30 million tuned in.\n")]
    [InlineData("Police reopened the case in 2005.\n\nThe group began burning property in December 1979. It was linked to most of the 220 or so fire-bombing incidents.\n")]
    public void Pass4_silent_on_history_told_in_the_past(string text) => RuleAssert.Silent(Id, text);

    [Theory]
    [InlineData("The soap returned in 2005.\n\nThe figure of [|5.216 million|] people is the highest jobless total since the 1930s.\n")]   // measured now against the past
    [InlineData("The jet flew in 2016.\n\nThe plane, built in 1991 to seat roughly [|200|] people, is his favourite.\n")]            // told in the present
    [InlineData("The firm was sold in 2005.\n\nIn 2003 the firm sold [|more than 800,000|] units in Japan.\n")]                        // two years before the story is news, not history
    [InlineData("The game has sold [|more than 800,000|] units since it was billed as the Walkman of the 21st Century.")]
    [InlineData("The plan runs to 2015.\n\nThe carmaker sold [|nearly 95,000|] cars in Asia last year, up [|2.6%|] on 2003.\n")]            // "last year" dates it to now
    [InlineData("Police reopened the case in 2005.\n\nThe group began burning property in 1979.\n\nIt was linked to [|220|] incidents.\n")] // a new paragraph is not carried
    [InlineData("Workers were offered nothing, and [|500|] workers lost their jobs in the cuts.")]                                  // the offer does not reach the count
    public void Pass4_still_flags_present_figures_next_to_history_and_offers(string marked) => RuleAssert.Flags(Id, marked);

    [Theory]
    [InlineData("Democrats re-elected the governor in a state Trump won by the more modest margin of 20 points.")]
    [InlineData("The government earlier saw its majority cut to just 14 as an amendment was narrowly rejected.")]
    [InlineData("Prosecutors wanted the cigarette firms to surrender $280bn in profits.")]
    [InlineData("A campaign co-ordinated by the website attempted to raise the $50,000 needed for an advert.")]
    [InlineData("Growth was up from just 0.3 points in 2003 and 0.4% in 2002.")]
    public void Pass4_silent_on_vote_results_aims_and_years_joined_to_a_figure(string text) => RuleAssert.Silent(Id, text);

    [Theory]
    [InlineData("Ted Cruz is [|16 points|] ahead of Trump in Indiana.")]                                                      // a poll lead stays a claim
    [InlineData("The candidate won by a margin of [|2,000|] voters in the county.")]                                       // a count of people stays
    [InlineData("Lawmakers made attempts to curb the change, with almost [|200|] bills introduced in nearly three dozen states.")] // a noun, not an aim
    [InlineData("He is seeking to professionalise his operation as it fends off talk that he will be unable to secure the [|1,237|] delegates needed.")]
    public void Pass4_still_flags_poll_leads_and_counts_far_from_an_aim(string marked) => RuleAssert.Flags(Id, marked);

    [Theory]
    [InlineData("The figures confounded hopes of a 0.2% expansion in the fourth quarter.")]
    [InlineData("The Fed has raised rates again, taking borrowing costs to 1.75%.")]
    [InlineData("Some of the biggest emitters are Delhi’s more than 10 million vehicles.")]
    [InlineData("She wants to mobilise her 2.1 million members for the campaign.")]
    public void Pass4_silent_on_hopes_set_levels_and_owned_counts(string text) => RuleAssert.Silent(Id, text);

    [Theory]
    [InlineData("The attack killed [|30|] soldiers, and the town buried its [|300|] dead.")]                     // a casualty sentence keeps owned counts
    [InlineData("Its sales rose to [|$300m|] and [|20%|] of the market.")]                                                    // owned money and shares stay
    public void Pass4_still_flags_owned_casualties_money_and_shares(string marked) => RuleAssert.Flags(Id, marked);

    [Theory]
    [InlineData("Others on the list included Dizzee Rascal in at number 12 and The Zutons at 20.")]
    [InlineData("The band ended up in 15th place, while the Eurythmics wound up at a lowly 38.")]
    public void Pass4_silent_on_chart_positions(string text) => RuleAssert.Silent(Id, text);

    [Theory]
    [InlineData("Gold and foreign currency reserves of [|$119bn|] beat its foreign debt.")]                                       // "reserves" the noun is no rule
    [InlineData("In the ranking, the party stood at [|20|] seats.")]                                                             // a noun after the number
    public void Pass4_still_flags_reserves_and_counts_with_a_noun(string marked) => RuleAssert.Flags(Id, marked);

    [Fact]
    public void Pass4_the_remaining_share_of_a_whole_is_not_a_new_claim_but_the_remaining_animals_are()
    {
        RuleAssert.Silent(Id, "Foreign films took the remaining 62.5%.");
        RuleAssert.Flags(Id, "The reserve is home to many of the remaining [|1,500|] giant pandas in the world.");
    }

    [Fact]
    public void Pass4_a_company_profile_after_the_first_paragraph_is_background_but_the_first_paragraph_is_not()
    {
        const string headline = "Insurer bought\n\n";
        RuleAssert.Silent(Id, headline + "The bank has sold its insurance arm to a rival on Monday.\n\nThe unit had sales of $5.2bn in 2004 and made a profit of $901m.\n");
        RuleAssert.Flags(Id, headline + "The unit had sales of [|$5.2bn|] in 2004.\n\nThe bank sold it on Monday.\n");
        RuleAssert.Flags(Id, headline + "The bank has sold its insurance arm to a rival on Monday.\n\nThe unit's sales rose to [|$5.2bn|] in 2004.\n");
    }

    [Theory]
    [InlineData("The Bank revealed that 48,000 fewer mortgages were approved in January.")]
    [InlineData("Workshare surveyed firms around the world and found that, on average, 31% of documents were sensitive.")]
    [InlineData("Sixteen energy priorities identified by MOTIE in the roadmap include a cut in costs.")]
    public void Pass4_a_named_finder_attributes_the_figure(string text) => RuleAssert.Silent(Id, text);

    [Theory]
    [InlineData("It found that [|31%|] of documents were sensitive.")]                                   // a pronoun names no one here
    [InlineData("Analysts found that [|31%|] of documents were sensitive.")]                             // an unnamed group
    [InlineData("[|Sixteen|] people were identified by name in the report.")]                               // "by" before a lower-case word
    public void Pass4_an_unnamed_finder_does_not(string marked) => RuleAssert.Flags(Id, marked);

    [Fact]
    public void Pass4_a_named_finder_in_the_previous_sentence_carries_over_like_an_attribution()
    {
        RuleAssert.Silent(Id, "It is the highest daily total recorded by the Mobile Data Association. It represents an increase of 20% on last year.");
        RuleAssert.Silent(Id, "The Lancet Commission found that pollution caused millions of deaths. India suffered the worst toll, with more than 2.5 million of these deaths.");
        RuleAssert.Flags(Id, "It is the highest daily total recorded by the association. It represents an increase of [|20%|] on last year.");   // no name
        RuleAssert.Flags(Id, "It is the highest daily total recorded by the Mobile Data Association. [|More than 80%|] were sent after midnight."); // opens with its figure
    }

    [Fact]
    public void Pass4_the_size_of_a_population_is_a_profile_but_a_measured_population_is_a_claim()
    {
        RuleAssert.Silent(Id, "Colombia has a population of about 44 million and half lives below the poverty line.");
        RuleAssert.Silent(Id, "The agency lists the population of the town that year as 21,090.");
        RuleAssert.Flags(Id, "The prison population stood at [|200,000|] last year.");
    }

    // Pass 5 (docs/eval/cl0001-editor-review.md): baselines, profiles, deal terms, race times, event years, headlines.
    [Theory]
    [InlineData("The channel's share of the audience fell from 11.2% to [|9.6%|] last month.")]                          // "from X to Y": X is the baseline
    [InlineData("The jobless rate fell to [|4.0%|] from 4.4% over the winter.")]                                          // "to Y from X"
    [InlineData("New loans rose to [|83,000|], slightly higher than November's nine-year low of 77,000.")]                  // a named reference point
    [InlineData("Orders fell to [|55,300|] in February, from an adjusted 56,400 in January.")]
    [InlineData("House prices rose at an annual rate of [|10.7%|] in December, less than the 13.7% rise the previous month.")]
    [InlineData("Inflation rose to [|4.1%|] in March, well above 2004's average of 2.9% and below last year's peak of 5.5%.")]
    [InlineData("A previous estimate of 0.1% growth between July and September was downgraded to a [|0.3%|] decline.")]      // a superseded reading
    [InlineData("The Cray-1 machine was capable of 80 megaflops (80 million operations a second), a record [|500,000|] people saw.")] // a restatement in brackets
    public void Pass5_the_baseline_of_a_comparison_is_not_a_second_claim(string marked) => RuleAssert.Flags(Id, marked);

    [Theory]
    [InlineData("Unemployment rose to [|5.2%|], more than the [|4.9%|] forecast by nobody in particular.")]              // "more than the" with no reference point or earlier anchor: still flagged
    [InlineData("Sales rose [|12%|] to [|$4bn|] in the year.")]                                                          // "to" after a figure, no "from"
    [InlineData("Unemployment fell from [|11.2%|] in 2003.")]                                                            // no new value: the figure is the claim
    [InlineData("Inflation is now well above [|4%|] in most regions.")]
    [InlineData("Growth came in at a reading of [|3%|] in the quarter.")]                                                      // not a superseded reading: the claim
    [InlineData("The scheme helped families (about [|1,200|] people) last year.")]                                                // a bracket after no figure is no restatement
    [InlineData("Most 15 to 24-year-olds ([|94%|]) own at least one.")]                                                        // a share after an age band is not a restatement                                                              // "above" with no reference point
    public void Pass5_figures_that_only_look_like_baselines_still_flag(string marked) => RuleAssert.Flags(Id, marked);

    [Theory]
    [InlineData("Jet has 42 aircraft and runs 271 scheduled flights daily within India.")]                               // profile verbs
    [InlineData("Amicus has 1.2 million members and the TGWU has 800,000.")]
    [InlineData("The British Library receives around 3,000 visitors each day and serves around 500,000 readers each year.")]
    [InlineData("The combined firm will operate about 1,000 stores across the country.")]
    [InlineData("The group owns the Denver Post and more than 90 other publications.")]                                   // "N other …" things
    [InlineData("The UK-Dutch group will own 30% of the project, with the state oil firm owning the rest.")]              // a holding under a deal
    [InlineData("Mitsubishi has struck a deal to supply Peugeot with 30,000 sports utility vehicles.")]                   // deal terms
    [InlineData("The prince has voluntarily paid income tax - currently 40% - since 1993.")]                               // a statutory rate
    [InlineData("A public vote will also take place, which will account for 25% of the final decision.")]                 // contest rules
    public void Pass5_profiles_deal_terms_and_rules_are_not_claims(string text) => RuleAssert.Silent(Id, text);

    [Theory]
    [InlineData("The hospital has [|800|] cases of flu this winter.")]                                                     // cases stay claims
    [InlineData("The firm has lost [|3,000|] jobs this year.")]                                                            // a participle after "has": an event
    [InlineData("Ted Cruz, who has [|231|] delegates, must win most of the rest.")]                                        // civic units stay claims
    [InlineData("The region now has [|300|] more cases than last week.")]                                                  // a change, not a size
    [InlineData("Some [|500|] other workers were laid off last month.")]                                                   // "other" people stay counts
    [InlineData("After the deal to merge, [|3,000|] workers lost their jobs.")]                                            // the deal's terms end at the comma
    public void Pass5_claims_near_profiles_and_deals_still_flag(string marked) => RuleAssert.Flags(Id, marked);

    [Theory]
    [InlineData("Bekele was never troubled by the opposition, winning leisurely in 30.26.")]                               // race time
    [InlineData("He set a personal best of 20.94 in the heats.")]
    [InlineData("Higgins won the world title six times, having left school at 14 to work as a miner.")]                    // an age before a purpose clause
    [InlineData("Among participants aged between 18 to 25-years-old, the rates did not change.")]                          // an age band
    [InlineData("The motor delivers 406 lb-ft of torque.")]                                                                // a unit
    [InlineData("Surpassing the 40 trillion calculations per second mark has been a goal for years.")]                    // a mark to pass, in general
    public void Pass5_race_times_ages_and_units_are_not_claims(string text) => RuleAssert.Silent(Id, text);

    [Theory]
    [InlineData("The party won [|30.26%|] of the vote, winning in most towns.")]                                           // a percentage is never a race time
    [InlineData("He left school and [|14|] pupils followed him to the protest.")]                                          // a count after the life word, not "at N"
    [InlineData("The number of malicious programs topped the [|100,000|] mark in September.")]                              // a count that passed a mark is a claim
    public void Pass5_near_misses_of_times_and_ages_still_flag(string marked) => RuleAssert.Flags(Id, marked);

    [Fact]
    public void Pass5_an_event_named_by_its_year_dates_a_story_that_names_no_other_year()
    {
        RuleAssert.Silent(Id, "Britain is to give a grant to help survivors.\n\nMany women were raped during the 1994 genocide. About 800,000 Tutsis and moderate Hutus were killed by militias.");
        // a story that also names a later year keeps the ten-year rule: 2004 is not history next to 2005
        RuleAssert.Flags(Id, "The aid plan runs to 2005.\n\nMany homes were lost during the 2004 floods. [|About 8,000|] people were killed by the water.");
        // a year that does not name an event is no sign
        RuleAssert.Flags(Id, "Britain is to give a grant.\n\nIn 1994 the country was at peace. [|About 800,000|] people were killed by militias.");
    }

    [Fact]
    public void Pass5_the_headline_of_a_linked_story_is_not_a_sentence()
    {
        const string text = "The campaign is working, the governor said.\n\n'Meth. We're On It.': South Dakota spends $449K on new anti-meth ad campaign\n\nThe state spent $2m on treatment last year.\n";
        var d = Assert.Single(RuleAssert.Run(text, Id));
        Assert.Equal("$2m", text.Substring(d.Span.Start, d.Span.Length));
    }

    [Fact]
    public void Pass5_a_report_named_earlier_in_the_paragraph_carries_its_data()
    {
        RuleAssert.Silent(Id, "Reading blogs remains more popular than writing them, the survey found. Only 7% of adults had created a blog.");
        RuleAssert.Silent(Id, "Spam has changed in recent months, according to Email Systems analysis. Half of it is health-related. Scam mails have declined by 40%.");
        // a speaker in between starts another thread
        RuleAssert.Flags(Id, "Spam has changed, according to the analysis. The minister said the economy was weak. He called it a crisis. Unemployment rose to [|5.2%|] last month.");
        // a person, not a document, as the earlier source: AP's restate rule applies
        RuleAssert.Flags(Id, "The minister said the economy was weak. He called it a crisis. Unemployment rose to [|5.2%|] last month.");
        // the document must be the cue's own source, not a word far from it
        RuleAssert.Flags(Id, "After a long investigation into the police force and its many practices, the department found abuses. In 2014 the town had [|115|] violent crimes.");
    }

    [Fact]
    public void Pass5_a_statistics_release_named_in_the_lede_carries_into_the_next_paragraph()
    {
        RuleAssert.Silent(Id, "Jobless total rises\n\nThe UK's jobless total rose for the second month in a row, official figures show.\n\nThe number of people out of work rose 32,000 to 1.41 million in the last three months of 2004.");
        // a poll's figures are restated one by one
        RuleAssert.Flags(Id, "Clinton leads\n\nClinton leads in the state, a new poll shows.\n\nShe has [|46 percent|] support among likely voters.");
        // a bare, unnamed plural is no source to carry
        RuleAssert.Flags(Id, "Clinton nominated\n\nReports indicate the primary put Clinton over the threshold.\n\n[|571|] of the [|714|] superdelegates supported her.");
        // only into the paragraph right after a short lede, not further down the story
        RuleAssert.Flags(Id, "Jobless total rises\n\nThe total rose again, official figures show.\n\nMinisters were pleased.\n\nThe number of people out of work rose [|32,000|] in the quarter.");
    }

    [Theory]
    [InlineData("Cadbury Schweppes employs more than 50,000 people worldwide, with about 7,000 in the UK.")]            // a part of a profile figure
    [InlineData("As of October, Emirates had a fleet of 270 aircraft, including 12 freight.")]
    [InlineData("Their self-titled album moved from 13 to number four.")]                                                // chart places
    [InlineData("The unions worked to hammer out a 56-point deal with the leadership.")]                                  // points of a deal
    [InlineData("The offer will be limited to the first 50,000 people who sign up.")]                                     // terms of an offer
    [InlineData("The Federal Reserve has raised its key federal funds rate by a quarter percentage point to 2%.")]         // a set rate
    [InlineData("A digital music player can hold up to 10,000 songs.")]                                                  // a capacity
    [InlineData("Japan's biggest steel company Nippon Steel lost 2.5% to 270 yen, with its rival down 3.4%.")]            // a share price without "shares"
    [InlineData("The Federal Reserve's decision to boost interest rates by a quarter of a point has opened up a gap.")]   // a set rate's move
    [InlineData("It puts an end to plans for up to 40 super casinos.")]                                                  // a plan's size
    public void Pass5_parts_of_profiles_and_chart_moves_are_not_claims(string text) => RuleAssert.Silent(Id, text);

    [Theory]
    [InlineData("Unemployment rose to [|4.1 million|], with [|about 7,000|] in the capital.")]                                // a part of a claim is a claim
    [InlineData("Cadbury employs 50,000 people, with [|7,000|] jobs to go.")]                                               // its own noun: its own count
    [InlineData("Their album sales moved from 13,000 to [|20,000|] copies.")]                                                // not a chart place: a baseline and its claim
    [InlineData("The party opened up a [|10-point|] lead over its rivals.")]                                                // a poll lead, not a plan
    [InlineData("Sales were limited by weak demand to [|50,000|] units.")]                                                     // "limited" far from its figure
    [InlineData("Operating profits fell [|46%|] to [|1.6bn euros|] last year.")]                                                // an amount, not a price
    [InlineData("Applications from Wales, where there are no plans for fees, have also risen by [|19%|].")]                  // a plan in another clause
    public void Pass5_parts_of_claims_still_flag(string marked) => RuleAssert.Flags(Id, marked);

    [Fact]
    public void Pass5_a_story_dated_only_by_an_event_tells_that_event_as_history()
    {
        RuleAssert.Silent(Id, "Plague was found in China this week.\n\nThe Black Death wiped out nearly one-third of Europe's population in the 1300s.");
        RuleAssert.Flags(Id, "Plague was found in China this week.\n\nThe outbreak killed [|1,300|] people in the region.");   // a count, not a year
        RuleAssert.Silent(Id, "The release of a film about the blasts in 1993 has been postponed.\n\nInvestigating the blasts which killed more than 250 people, the film had been due to open on Friday.");
        // a sentence about something else of the story stays a claim
        RuleAssert.Flags(Id, "The release of a film about the blasts in 1993 has been postponed.\n\nPolice arrested [|more than 250|] people outside the cinema.");
    }

    [Theory]
    [InlineData("China's net users number 100m, a fraction of the country's 1.3 billion people.")]                     // a place's population
    [InlineData("Unison's 800,000 workers, the union's 70,000 and Amicus' 20,000 are among those being balloted.")]    // memberships
    public void Pass5_a_places_own_population_is_a_profile(string text) => RuleAssert.Silent(Id, text);

    [Theory]
    [InlineData("The country's [|300|] dead were buried on Friday.")]                                                   // casualties stay claims
    [InlineData("The firm's rival lost [|3,000|] jobs last year.")]                                                     // not a possessive before the figure
    [InlineData("Ford's [|3,000|] job cuts hit the town hard.")]                                                 // events, not a membership
    [InlineData("The company's [|3,000|] job cuts hit the town hard.")]
    public void Pass5_possessed_counts_that_are_claims_still_flag(string marked) => RuleAssert.Flags(Id, marked);

    [Theory]
    [InlineData("Exports rose [|12%|] in May.")]
    [InlineData("Since May 2004, exports have risen [|12%|].")]
    public void A_figure_next_to_the_month_May_is_not_hedged(string marked) => RuleAssert.Flags(Id, marked);

    [Fact]
    public void The_modal_may_hedges_a_figure() => RuleAssert.Silent(Id, "Exports may have risen 12% last year.");

    [Fact]
    public void A_lede_s_statistics_release_does_not_source_a_death_toll_in_the_next_paragraph() =>
        RuleAssert.Flags(Id, "Unemployment rose to 4.1% in March, the statistics office said.\n\n[|About 500|] people died in the fire.");
}
