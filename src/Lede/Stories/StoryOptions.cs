namespace Lede.Stories;

/// <summary>
/// The join-or-new model: a logistic regression over the features of an article against one live story.
/// z = Bias + Σ weight × feature; the article joins its best story when z ≥ 0 (probability ≥ 0.5).
/// The learned weights were fitted by tools/fit-story-model.cs on ECB+ topics 1-35 (../shared/datasets/ecbplus/stories),
/// with the gold stories built online as the articles arrive (file order and three shuffles), so that every
/// feature is measured as the clusterer sees it: against a story's centroid, with the document frequencies of
/// the articles seen so far. tools/fit-story-model.cs then moves the bias to the value that maximises BCubed F1 of
/// the real online clustering (the pairs hold many easy negatives).
/// Then a coordinate ascent on BCubed F1 of the online clustering (steps 1 and 0.5 per weight, fitting orders file,
/// 11 and 12), since the clustering turns on a few close calls that the pairs hardly weigh. These weights are that
/// fit on all topics 1-35, read as the pipeline feeds the clusterer (only input-stated dates; ECB+ states none), with
/// IdfFloor 0.2, which the seeds need.
/// Names weighs below zero because names_known and names_mentioned carry the same evidence one side at a time.
/// The tuned lead_unknown came out above zero (0.8; the logistic fit alone gave -0.2): on its own the share of
/// unknown lead names does not separate same-type events here; member_max (2.3) does most of the new work.
/// Measured with `lede eval stories ../shared/datasets/ecbplus/stories`: file order P 0.878, R 0.857, F1 0.868,
/// ARI 0.810; shuffle seeds 1, 2, 3 F1 0.882, 0.893, 0.891 (before: 0.848; 0.859, 0.862, 0.855).
/// Fitted on the train topics only (tuning included) and scored on the dev topics 2, 5, 12, 18, 21, 23, 34, 35:
/// F1 0.869 in file order, 0.881, 0.841, 0.836 in three shuffles (the logistic fit alone: 0.840, 0.891, 0.833, 0.852),
/// so the tuning carries over only in part; expect held-out topics nearer 0.85-0.87 than the in-sample figures.
/// Those weights stand; two changes on them, chosen on the fit tool's replay of the pipeline (copies stage included,
/// so that its figures equal `lede eval stories`): subject_conflict -3.4 (entities stage, ReadEntities on) and the bias
/// -4.8 (was -5.127). Eval F1 0.915, 0.926, 0.931, 0.926 in file order and seeds 1, 2, 3, P 0.949, 0.950, 0.939, 0.931
/// (before: F1 0.900, 0.915, 0.926, 0.925, P 0.939, 0.935, 0.939, 0.937). FIT_REPORT=split: train 0.920, 0.918, 0.915,
/// 0.911 (was 0.898, 0.908, 0.915, 0.891), dev 0.916, 0.911, 0.903, 0.865 (was 0.890, 0.907, 0.892, 0.840).
/// The bias alone at -4.8 gives F1 0.902, 0.926, 0.933, 0.926 but file-order precision 0.934: subject_conflict keeps
/// apart the same-type events the looser bias would join. -3.4 is what every fit gave it (full re-fit: -3.431); at -1.5
/// or -3 on the old bias it lost dev seed 3 (0.840 to 0.835). The full re-fit with the entity features (ReadEntities on,
/// copies-stage replay) scored eval F1 0.929, 0.927, 0.926, 0.924 (P 0.936, 0.918, 0.931, 0.924) but fitted on the
/// train topics alone it scored dev 0.890, 0.875, 0.904, 0.876, below the same fit without them (0.918, 0.928, 0.914,
/// 0.884), and it failed the seeds' two-digest test (ContinuationTests: four stored stories); subject_match (near 0)
/// and event_year_conflict stay 0.
/// With the split check's weekday penalty and set-aside (stories/6) the bias was tried looser: -4.4 gave eval F1 0.926,
/// 0.929, 0.938, 0.940 (P 0.963, 0.944, 0.941, 0.956) and FIT_REPORT=split dev 0.931, 0.924, 0.917, 0.904 (at -4.8:
/// 0.925, 0.924, 0.932, 0.938; dev 0.926, 0.911, 0.903, 0.904), -4.0 eval 0.936, 0.937, 0.946, 0.934 and dev 0.936,
/// 0.911, 0.913, 0.895; but -4.4 lowered the bench's stream BCubed F1 at 20k from 0.927 to 0.905 (P 0.952 to 0.904;
/// main 0.913) and cost some 13% more CPU, so -4.8 stays.
/// Re-fit once the split take-back worked (SplitRejoinScore 2.5; load 12-16 on 2 cores), nothing kept:
/// `dotnet run -c Release tools/fit-story-model.cs` fitted on the train topics scored dev F1 0.936, 0.915, 0.911, 0.891
/// (file order, seeds 1-3; these weights 0.926, 0.911, 0.903, 0.904): seed 3 falls 0.013; its train bias shift hit the
/// search's edge (+3). Fitted on all topics (bias -3.428, numbers 4.611, member_max 4.074, year_conflict -0.909, event_year_conflict
/// -0.303, ...) it scored 0.948, 0.942, 0.923, 0.931 against these weights' 0.925, 0.940, 0.939, 0.942: the file order
/// gains, seeds 2 and 3 lose. The bias alone, `FIT_REPORT=1 FIT_SET=Model.Bias=...`: -4.6 all 0.927, 0.932, 0.939, 0.943
/// (seed 1 falls 0.008), dev 0.926, 0.928, 0.907, 0.904; -5.0 all 0.930, 0.936, 0.930, 0.940, dev 0.916, 0.912, 0.915,
/// 0.871. Not tried for lack of time: year_conflict alone, the bias jointly with SplitRejoinScore.
/// Coordinate ascent from these weights on the mean F1 over many orders (s28-refit, stories/24; `FIT_START=current
/// FIT_ORDERS=21-40 FIT_STEPS=0.5,0.25 FIT_CHECK="61-100;13-20;0-3" dotnet run -c Release tools/fit-story-model.cs`),
/// nothing kept. All topics: fit mean 0.9503 -> 0.9559 (words 8.104, title 2.521, names -1.439, numbers 4.848,
/// title_number_conflict -0.045, salient_unknown -0.863, lead_unmentioned -0.236, subject_match -0.25,
/// event_year_conflict -0.25); unseen seeds 61-100 0.9497 -> 0.9538 (26 up, 14 down), 13-20 0.9498 -> 0.9545, so it
/// generalises over orders, but file order and seeds 1-3 0.9708, 0.9738, 0.9753, 0.9763 -> 0.9688, 0.9720, 0.9592,
/// 0.9712 and FIT_REPORT=split dev 0.941, 0.948, 0.951, 0.960 -> 0.913, 0.971, 0.970, 0.932: the literal figure
/// (>= 0.97 in those four orders) and the mean over orders pull apart. The same ascent refusing any step that leaves one
/// of those four below 0.970 (FIT_KEEP=0-3) refused nearly every gaining step (words, title, title_number_conflict,
/// names_known, year_conflict, salient_*, lead_unmentioned, member_max): it kept names -0.689, numbers 5.098,
/// subject_conflict -3.9, event_year_conflict 0.5, fit 0.9503 -> 0.9517, 61-100 0.9497 -> 0.9507 (22 up, 14 down),
/// 13-20 0.9507, file/1-3 0.9703, 0.9738, 0.9764, 0.9738: below the 0.002 bar. Fitted on the train topics alone
/// (FIT_TOPICS=train): fit 0.9500 -> 0.9563, mostly the bias -4.8 -> -4.3 (then words 7.854, title 2.521, names -1.439,
/// title_number_conflict -0.295, salient_unmentioned -0.933, lead_unmentioned 0.014); the dev topics alone rise in
/// seeds 61-100 0.9373 -> 0.9541 (36 up, 4 down) and file/1-3 0.941, 0.948, 0.951, 0.960 -> 0.942, 0.971, 0.970,
/// 0.957, but on all topics together those weights give 61-100 0.9497 -> 0.9515 (23 up, 17 down), 13-20 0.9498 ->
/// 0.9469, file/1-3 0.9733, 0.9665, 0.9642, 0.9604: a looser bias suits a few topics alone and joins across topics
/// when all 35 are mixed. The bench stream (`lede bench stories --stop-at 100000`, BCubed F1 at 20k / 100k; these
/// weights 0.9512 / 0.9605, P 0.959 / 0.969): the all-topics fit 0.9344 / 0.9453 (P 0.925 / 0.937), so its gains on
/// ECB+ orders are joins that the bench's dated stream (a year, 20% copies) punishes; the FIT_KEEP fit 0.9529 / 0.9626 (P 0.960 / 0.972, moves 5,364,
/// opened 11,262 at 100k), a small gain there too, a candidate to re-check on more orders (21-60) with ECB+ and the stream.
/// The ascent with the bench stream in its objective (s29-benchfit, stories/25; FIT_STREAM=20000: the first 20k articles
/// of the bench's stream replayed in-process, F1 0.949643099525443 as the bench's; all topics, FIT_ORDERS=21-40, step
/// 0.5 only, load 10-22 on 2 cores), nothing kept. Objective mean F1 + 1 x stream F1, FIT_KEEP=0-3 at 0.970: kept
/// words 7.854, numbers 4.348, title_number_conflict -0.295, subject_conflict -2.9, event_year_conflict 0.5; fit mean
/// 0.9547 -> 0.9563, stream at 20k P 0.9524 -> 0.9604, R 0.9469 -> 0.9532, F1 0.9496 -> 0.9568 (most of the objective's
/// gain, numbers' second step lowered the fit mean 0.9568 -> 0.9559), but unseen seeds 61-100 0.9540 -> 0.9545 (19 up,
/// 18 down) and file/1-3 0.9721, 0.9788, 0.9775, 0.9803 -> 0.9715, 0.9739, 0.9741, 0.9740 (below the tests' 0.975 for
/// seeds 1-3). Its stream gain is not the fitted stream's alone: at 100k (the bench's stream, replayed) F1 0.9604 ->
/// 0.9687 (P 0.9612 -> 0.9724, R 0.9597 -> 0.9651), and on a stream not fitted on (FIT_STREAM_SEED=7, 20k) F1 0.9293 ->
/// 0.9403 (P 0.9224 -> 0.9375, R 0.9363 -> 0.9431): those weights suit the synthetic stream, not ECB+'s named orders.
/// Objective mean F1 + 0.25 x stream F1, stream precision floor 0.948, FIT_KEEP=0-3 at the tests' floors
/// (FIT_FLOOR=0.970,0.975,0.975,0.975): every gaining step but names -1.189 -> -0.689 was refused by a kept order
/// (words, title, numbers, title_number_conflict, names_known, ... event_year_conflict); that one step gave fit 0.9547 ->
/// 0.9555, 61-100 0.9540 -> 0.9549 (19 up, 7 down), file/1-3 0.9715, 0.9788, 0.9786, 0.9784, stream at 20k F1 0.9492
/// (P 0.9505): below the 0.002 bar. With the stream weighed, the steps that the orders reward and the stream punishes
/// are refused, and what is left gains little on unseen orders; the four named orders' floors bind first.
/// </summary>
public sealed record StoryJoinModel
{
    /// <summary>Below zero: a story must earn the article; with nothing in common it stays apart.</summary>
    public double Bias { get; init; } = -4.8;

    /// <summary>TF-IDF cosine of stemmed content words (title words counted TitleWeight times) with the story's centroid.</summary>
    public double Words { get; init; } = 7.354;

    /// <summary>Cosine of the article's title words with the story's member titles: the title states the event.</summary>
    public double Title { get; init; } = 2.271;

    /// <summary>Cosine of names (capitalised phrases and their words): who and where tell same-type events apart.</summary>
    public double Names { get; init; } = -1.189;

    /// <summary>Cosine of numbers (tolls, magnitudes, ages, years).</summary>
    public double Numbers { get; init; } = 5.348;

    /// <summary>1 when both titles carry numbers and share none ("Day 2" vs "Day 21"; a 6.1 vs a 7.6 quake).</summary>
    public double TitleNumberConflict { get; init; } = -0.795;

    /// <summary>Share of the article's name mass (TF-IDF, squared) that the story knows.</summary>
    public double NamesKnown { get; init; } = 2.666;

    /// <summary>Share of the story's name mass that the article mentions: a same-type event misses the story's own names.</summary>
    public double NamesMentioned { get; init; } = 3.669;

    /// <summary>
    /// 1 when the latest year the article names is none of the latest years of the story's members. Fitted -1.273;
    /// loosened to -0.8 with LeadConflict -2.25, which keeps apart the same-type events (two players' arrests) that the
    /// looser weight alone would join (see LeadConflict).
    /// </summary>
    public double YearConflict { get; init; } = -0.8;

    /// <summary>Share of the article's salient names (rare, said twice or more) that the story lacks.</summary>
    public double SalientUnknown { get; init; } = -1.613;

    /// <summary>Share of the story's salient names (rare, in half its members or more) that the article lacks.</summary>
    public double SalientUnmentioned { get; init; } = -0.433;

    /// <summary>1 / members: a young story's centroid is one article's words, so it must be met more closely.</summary>
    public double Small { get; init; } = 1.56;

    /// <summary>Share of the article's rare lead names (title and first sentences) that the story's members never name.</summary>
    public double LeadUnknown { get; init; } = 0.8;

    /// <summary>Share of the story's rare lead names (in half its members' leads or more) that the article never names.</summary>
    public double LeadUnmentioned { get; init; } = -0.486;

    /// <summary>Best TF-IDF cosine of the article's words with one of the story's latest members (top terms only).</summary>
    public double MemberMax { get; init; } = 2.327;

    /// <summary>Share of the story's members whose subjects hold one of the article's subjects (entities stage).</summary>
    public double SubjectMatch { get; init; }

    /// <summary>
    /// 1 when the article's subject person is not the person most of the story's members are about, and neither side
    /// names the other's: same-type events (a coach fired, another coach fired) differ in who. -3.4, with the bias
    /// -4.8: see above.
    /// </summary>
    public double SubjectConflict { get; init; } = -3.4;

    /// <summary>1 when the year of the article's event date (dates stage) is none of the story's members' event years.</summary>
    public double EventYearConflict { get; init; }

    /// <summary>
    /// Not learned: 1 when a rare one-word name (a surname) stands in every lead of a story of two members or more
    /// (LeadConflictMinMembers), the article's lead does not name it, and the article's lead names a rare one of its
    /// own that no member names (StoryClusterer.Leads): the story is about one person and the article about another,
    /// as with two players of one team each arrested for drink-driving, where the second player's reports recall the
    /// first arrest in their bodies. A follow-up about the same person names them in its lead.
    /// Measured with scratch replays of StoryModelFit.Cluster (= `lede eval stories` and FIT_REPORT=split), all topics
    /// F1 in file order and seeds 1-3, then dev topics (load 5-30): these weights (YearConflict -0.8, LeadConflict -2.25)
    /// all 0.930, 0.939, 0.947, 0.944 (P 0.968, 0.953, 0.965, 0.959), dev 0.926, 0.929, 0.907, 0.904; before (-1.273, 0)
    /// all 0.925, 0.940, 0.939, 0.942 (P 0.968, 0.957, 0.951, 0.956), dev 0.926, 0.911, 0.903, 0.904; YearConflict -0.8
    /// alone all 0.929, 0.939, 0.931, 0.945, dev the same as with LeadConflict (the seed-2 merge of the two arrests).
    /// A narrow optimum: LeadConflict -1: all 0.924, 0.939, 0.934, 0.944; -2: 0.926, 0.939, 0.947, 0.944 (file-order P
    /// 0.964: a 29_ecb pair then joins another game's story); -2.5 to -3: 0.933, 0.936, 0.947, 0.944 (seed 1 falls); the
    /// dev topics do not move across -2 to -3 (no conflict there decides a join). With LeadConflict -2, YearConflict
    /// -0.6: all 0.928, 0.939, 0.947, 0.944, dev seed 3 0.888; -1.0: all 0.923, 0.940, 0.947, 0.942, dev 0.926, 0.915,
    /// 0.907, 0.904. Tried and not kept: the subject read from phrases as well as single words (Lohan's reports split on
    /// "Betty Ford Center" against "Betty Ford": all 0.926, 0.939, 0.947, 0.940 but dev 0.899, 0.909, 0.887, 0.908);
    /// the story's subject absent from the article's whole text rather than its lead (the second player's reports name
    /// the first: seed 2 stays 0.929-0.931); the subject in half the leads rather than all (all 0.930, 0.935, 0.939,
    /// 0.938); the entities stage's SubjectConflict asking only the article's lead for the story's person (its subjects
    /// read "vincent chargers", "san diego chargers": seed 2 unchanged, dev file order 0.919).
    /// Re-measured at stories/13 (`FIT_REPORT=1 FIT_SET=... dotnet run -c Release tools/fit-story-model.cs`, all topics F1
    /// file order, seeds 1-3 0.954, 0.948, 0.953, 0.954, dev 0.931, 0.933, 0.930, 0.929): -2.75 file order 0.949; -4.5
    /// 0.945, 0.948, 0.952, 0.948 (seed 3 P 0.968 -> 0.956); the subject in 3/4 of the leads rather than all 0.952, 0.949,
    /// 0.943, 0.953 (seed 2 P 0.948); a subject in 3/4 or 9/10 of the leads that the article names nowhere, against any
    /// rare lead name (phrases too) the story does not hold: 0.949, 0.946, 0.950, 0.951 (3/4), dev seed 1 0.923; 0.954,
    /// 0.948, 0.953, 0.951 (9/10); the dev topics never move. Why no lead rule parts ECB+ topic 10 (the Angels' offer to
    /// Teixeira and the Red Sox's a week later, 0.0128 of the precision loss in every order): the first join across the
    /// two scores z +3.48 (file order), +2.85, +4.32, +2.67 (seeds 1-3) and the later ones up to +8.8, beyond this weight;
    /// and the leads do not part them: "red sox" stands in 3 of the Angels' 8 leads' names, "angels" in 2 of the Red
    /// Sox's 13 (one reports the Angels' withdrawal), and 10_1ecb's lead names neither (its title says "Angels" once).
    /// Nor do the entities stage's subjects (s19-prec, commit 40d89cd, not kept): an actor conflict (half or all of the
    /// story's members hold a subject whose last word the article names nowhere, while one of the article's first
    /// two subjects has a last word no member's subject has), a fixed weight beside this one; `FIT_REPORT=1 FIT_SET=...`
    /// all topics file order, seeds 1-3 then dev, against 0.956, 0.962, 0.954, 0.954 / 0.931, 0.933, 0.938, 0.934
    /// (load ~2): half, -3: 0.922, 0.953, 0.942, 0.936 / 0.905, 0.899, 0.946, 0.895; half, -1: 0.938, 0.956, 0.949,
    /// 0.945 / 0.930, 0.921, 0.932, 0.920; half, stories of 4+, the first subject only: 0.947, 0.957, 0.947, 0.945 /
    /// 0.921, 0.933, 0.948, 0.919; half, the article's actor a name no member says: 0.937, 0.957, 0.943, 0.935 / 0.905,
    /// 0.918, 0.954, 0.908; all members, -3: 0.953, 0.962, 0.953, 0.951 / 0.914, 0.938, 0.938, 0.934; all, -1: 0.955,
    /// 0.962, 0.954, 0.951; all, stories of 3+, first subject: 0.955, 0.962, 0.954, 0.950, dev unchanged. File-order P
    /// never rises (0.969 at best): the subjects are as mixed as the leads ("red sox" a subject of the Angels' 10_2ecb
    /// lead, "mark teixeira" or a newspaper first in most), and every fire elsewhere is a recall loss.
    /// </summary>
    public double LeadConflict { get; init; } = -2.25;

    /// <summary>
    /// Not learned: the dev data carries no dates. Added as Time × (Gaussian of the day gap − 0.5) only when both
    /// the article and the story have a date, so that undated articles are judged on content alone; a same-day
    /// report gains Time/2, a report weeks away loses Time/2.
    /// </summary>
    public double Time { get; init; } = 4.0;

    /// <summary>
    /// Not learned: a weight per month (30 days) past TextDateGraceDays between a full date the article's own text names
    /// for its event (day, month and year, no publication date given) and the span the story's publication dates set,
    /// or the other way round (StoryClusterer.TextDateConflict); the merge checks leave two such stories apart
    /// (TextDatesDiffer). A weight growing with the gap, not MaxGapDays' bar: a text may date its event from background,
    /// and ECB+ follow-ups state dates weeks or years after the event (as AnchoredEventDay those dates cut `lede eval
    /// stories` F1 to 0.914, 0.910, 0.917, 0.927). Nothing in ECB+ (no publication dates) or the bench stream
    /// (publication dates, no dates stage) meets it: eval F1 0.9343, 0.9403, 0.9472, 0.9549 (P 0.968, 0.953, 0.966,
    /// 0.970) and bench stream BCubed F1 at 20k 0.9421 are the same as without it, so no data fits it. It must undo the
    /// seeds' 003 (its text: "Thursday (28 September 2023)", 4.4 months past the grace) joining the story of 000/001
    /// (published 2023-04-20) after unrelated news: `lede digest X` then `lede digest ../shared/seeds/seeds.jsonl` scores
    /// that join z +0.94 after samples/news and z +3.75 after copybench's articles.jsonl (1,168 articles: the seeds'
    /// names are rarer still); a flat -3 left the second joined (p 0.68); -1.5 a month takes 6.5 off.
    /// </summary>
    public double TextDateConflict { get; init; } = -1.5;

    public static StoryJoinModel Default { get; } = new();
}

/// <summary>Every constant of the stories stage, named.</summary>
public sealed record StoryOptions
{
    /// <summary>Title words count this many times in the words part: a headline names the event.</summary>
    public double TitleWeight { get; init; } = 2.0;

    /// <summary>
    /// Added to ln((N + 1) / (df + 1)): kept small so that a term in every article seen weighs almost nothing even in
    /// a short stream (five reports that all say NATO), where the usual +1 would leave it half the weight of a rare one.
    /// </summary>
    public double IdfFloor { get; init; } = 0.2;

    // Tried and not kept (s16-recall): a title that is only a date ("August 17, 2011", a blog's day header; 28 of ECB+'s
    // 772 titles) read as the text's first line when that is 20 words or fewer (the post's own headline): `lede eval stories`
    // F1 0.9536, 0.9478, 0.9530, 0.9538 -> 0.9495, 0.9336, 0.9514, 0.9503 (file order, seeds 1-3); that line and the date
    // together: 0.9492, 0.9431, 0.9523, 0.9550. Neither rejoins the cable cut's or the arson's date-titled reports: the
    // title's numbers and month word are evidence (same-day reports share them) that the fitted model already weighs.

    /// <summary>Width (σ, days) of the Gaussian on the gap between the article's date and the story's span.</summary>
    public double TimeSigmaDays { get; init; } = 3.0;

    /// <summary>
    /// A text-read full date this many days or fewer outside a story's dated span is no conflict (StoryJoinModel.
    /// TextDateConflict): a report can date a follow-up or a late detail weeks after the event, while months apart (a
    /// visit in April, another in September) are different events. A bound, not a fit (nothing measured meets it).
    /// </summary>
    public double TextDateGraceDays { get; init; } = 30;

    /// <summary>An article dated more than this outside a story's first-to-last span never joins it.</summary>
    public double MaxGapDays { get; init; } = 7;

    /// <summary>
    /// Two texts whose event days lie this far apart in the calendar, years unknown, report different events.
    /// Much wider than MaxGapDays because a day read from an undated text may be background: on ECB+ in file
    /// order a 7-day calendar guard cut BCubed F1 from 0.851 to 0.79 and a 60-day one to 0.832, a 120-day one
    /// to 0.848, while events months apart (a March meeting and a September visit) are still kept apart.
    /// Distances are measured around the calendar, since the years are unknown.
    /// </summary>
    public int MaxCalendarGapDays { get; init; } = 120;

    /// <summary>A story whose latest article is this much older than the newest article seen is closed.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(14);

    /// <summary>
    /// A story's first-to-last span never grows past this many days: an article that would widen it further opens a
    /// story of its own, and the old one closes by the Window once its reports stop. One real event is reported over
    /// days or a few weeks; a story that keeps taking members over months has chained recurrences of a kind of event
    /// (this week's quake, next month's) through their shared words, and, never quiet, it would never close: on the
    /// 1M-article bench stream such stories made the live articles grow with the stream (39.7k, 61.4k, 92.7k at
    /// 100k, 500k, 1M). `lede bench stories --articles 100000 --max-span 0` (the same year, a tenth as dense) ends
    /// with a live story 225 days wide holding 406 articles; with 28 days the widest is 24.6 days and 37 articles
    /// (copies may add a few days), live articles 3,781 not 4,152, stream BCubed F1 0.952 either way, and `lede eval
    /// stories` unchanged in the four orders (ECB+ events are days long). 28 (two windows) is a bound, not a fit.
    /// Null: no bound.
    /// </summary>
    public double? MaxSpanDays { get; init; } = 28;

    /// <summary>
    /// A story closes by the Window only once it has also had no member in this many arrivals: an archive fed out of
    /// date order moves the newest date far ahead at once, and the time window alone would then close every story
    /// while its reports are still coming. In a stream in date order the window is the later of the two (a day of
    /// news is thousands of arrivals), so this changes nothing there.
    /// </summary>
    public int QuietArrivals { get; init; } = 1_000;

    /// <summary>Live stories kept at most, oldest-touched closed first: bounds memory when articles carry no dates.</summary>
    public int MaxLiveStories { get; init; } = 20_000;

    /// <summary>
    /// Stories scored per article, the best by shared weighted terms. 12 rather than 24: ECB+ (four orders, `lede eval
    /// stories` and FIT_REPORT dev topics) gives the same partitions at 12, 16 and 24, and on the bench stream the
    /// candidates past the twelfth were mostly joined by nothing but cost the assigning thread their sums, norms and
    /// cheap features: `lede bench stories --stop-at 20000`, two runs each alternated under load 27-31 on 2 cores,
    /// assigning-thread CPU 14.7/13.3 s against 15.7/16.8/16.2 s at 24 (process CPU 30.2/28.7 against 33.5/34.7/33.8 s),
    /// stream BCubed F1 at 20k 0.932 to 0.939, repair moves 2,131 to 1,990.
    /// Re-measured at s29-retrieval (the date guards now run before the sums, so only the admitted ones cost: 5.8 of the
    /// 12 per original at 60k), not changed: 8 gives ECB+ many-orders paired +0.0003 (se 0.0003) on seeds 21-60 and
    /// +0.0004 (se 0.0003) on 61-100, and the bench stream's BCubed F1 (FIT_SET, load 14-18) 20k 0.9496 -> 0.9530, 100k
    /// 0.9604 -> 0.9656 (P 0.9612 -> 0.9715, R 0.9597 -> 0.9597), but moves 5,146 -> 5,423 and opened 11,183 -> 11,306,
    /// and the assigning thread 54.06 s (12) against 59.23 s (8) in single runs at that load: no saving shown.
    /// FullCandidates 4: ECB+ identical on 21-60 and 61-100; bench 100k F1 0.9604 -> 0.9622, moves 5,431, assigning
    /// thread 52.98 s (single run): the full features of the fifth and sixth candidate are little of the time.
    /// </summary>
    public int MaxCandidates { get; init; } = 12;

    /// <summary>
    /// Of the candidates, the best this many by the cheap part of the model (the cosines, the names' coverage, the
    /// conflicts, size and time: sums the retrieval already made) are scored in full (member by member, salience,
    /// leads, subjects); the rest are dropped. The cheap part ranks well enough: on ECB+ (`FIT_REPORT=all`) 3, 6 and
    /// 10 give the same F1 as all 24 in every order (0.915, 0.926, 0.931, 0.926) and the same dev figures, and the
    /// bench stream's BCubed F1 at 20k rose (0.9127 to 0.9145), while the full features of the other candidates were
    /// most of the features' time.
    /// </summary>
    public int FullCandidates { get; init; } = 6;

    /// <summary>
    /// A term held by more live stories than this votes for none: it cannot narrow the live set to MaxCandidates, and
    /// walking its postings was most of retrieval's time (at 100k, 5,800 entries and 2,600 voted stories per article
    /// with terms up to MaxRetrievalDocShare voting). A count of stories rather than a share, so that a vote's cost
    /// stays the same however many stories are live. ECB+ gives the same F1 in every order at 16, 32 and 64; the bench
    /// stream's BCubed F1 at 20k rose at 64 (0.9127 to 0.9184). With FullCandidates 6, `lede bench stories --stop-at
    /// 100000`: stream BCubed F1 0.916, 0.898, 0.878 at 10k, 50k, 100k before, 0.919, 0.917, 0.914 after (precision at
    /// 100k 0.850 to 0.910), and the assigning thread's processor time in retrieval and features 1,369 to 979 µs per
    /// original (two runs side by side under load near 30 on 2 cores: the absolute figures are inflated).
    /// Re-measured at s29-retrieval as a speed cut (with the guards before the sums), not changed: 32 leaves ECB+ as it
    /// is (many-orders paired, seeds 21-60 +0.0000, 61-100 +0.0000; file order and seeds 1-3 identical, 0.9721 0.9788
    /// 0.9775 0.9803) and raises the bench stream's BCubed F1 (StoryBench through a scratch tool taking FIT_SET, the
    /// defaults giving `lede bench stories`' figures to the last digit; load 14-20): 20k 0.9496 -> 0.9519, 100k 0.9604 ->
    /// 0.9686 (P 0.9612 -> 0.9753, R 0.9597 -> 0.9619; moves 5,146 -> 4,728, opened 11,183 -> 11,338), but it saves no
    /// time: the vote walk is ~5 % of scoring's samples (at 60k, 215 posting entries per original; lists of 32 stories or
    /// more are 1.6 of the 29 voting terms), and scoring alone on a frozen 60k state (2,000 originals, thread CPU, A B A
    /// B at load 2-6) ran 283.7 / 182.6 against 295.3 / 181.3 us per original at its fastest round; assigning thread at
    /// 100k 54.06 s (64) against 54.30 s (32), single runs. A quality change for the stream, to be judged as one (at 1M,
    /// and on what it does to recall), not a speed one.
    /// Adopted at stories/27 (32): a term in more than 32 live stories is, on a stream where an event type recurs
    /// (the bench's re-dated editions, or any beat with many live stories), a vote for the wrong edition more often
    /// than for the right one; precision and recall both rose, and ECB+ (66 stories in all) cannot tell.
    /// Lower still, measured after the merge (StoryBench with FIT_SET, the bench's figures to the last digit; quiet): 24 gives
    /// 100k F1 0.9728 (P 0.9810, R 0.9646; 20k 0.9560), 16 gives 0.9764 (P 0.9862, R 0.9667; 20k 0.9590) with ECB+ at 16
    /// paired over orders 0-3 and 21-100 +0.0000 (0 up, 3 down). Not taken in the same step: a count this low leaves an
    /// article whose every term is widely shared without candidates on a real beat, and the bench stream (editions of 66
    /// events re-dated) rewards exactly that; to be judged at 1M and on a stream not built from repeated events first.
    /// </summary>
    public int MaxVotingStories { get; init; } = 32;

    /// <summary>Article words (by TF-IDF) looked up in the index; names and numbers are all looked up.</summary>
    public int RetrievalWords { get; init; } = 24;

    /// <summary>Terms in more than this share of live articles retrieve nothing (they would list every story).</summary>
    public double MaxRetrievalDocShare { get; init; } = 0.2;

    /// <summary>Centroid terms kept per part once a story grows past twice this: memory per story stays bounded.</summary>
    public int MaxCentroidTerms { get; init; } = 600;

    /// <summary>
    /// Chaining guard: an article that a second story would also take (z ≥ 0 for both) is a bridge or a round-up;
    /// it joins its best story but adds its terms at this weight, so that it cannot pull the other event in.
    /// Re-measured at stories/16 (s19-prec, `FIT_REPORT=1 FIT_SET=BridgeWeight=X`, all topics file order, seeds 1-3 then
    /// dev; 0.25: 0.956, 0.962, 0.954, 0.954 / 0.931, 0.933, 0.938, 0.934): 0.1 0.950, 0.963, 0.950, 0.954 / 0.931,
    /// 0.929, 0.938, 0.929; 0.3 and 0.35 0.956, 0.962, 0.955, 0.954 / 0.931, 0.933, 0.938, 0.924; 0.5 0.957, 0.962,
    /// 0.956, 0.954 / 0.923, 0.908, 0.938, 0.924 (dev seed 1 P 0.979 -> 0.925). Kept at 0.25.
    /// </summary>
    public double BridgeWeight { get; init; } = 0.25;

    /// <summary>Names in at most this share of live articles can be an event's salient actors.</summary>
    public double SalientDocShare { get; init; } = 0.05;

    /// <summary>Names and terms shown in a member's reason and a story's top names.</summary>
    public int ReasonTerms { get; init; } = 5;

    // Misread names (s26-names, lead names of the 772 ECB+ articles, 4,152 in all): 138 ran across a comma ("rancho
    // mirage calif"), 137 kept a possessive, 46 held a weekday, 19 a month, 19 a time zone, 32 began with an office
    // ("actress lindsay lohan"), 31 with a sentence's opening or function word ("throughout egypt"). Cutting runs there in
    // StoryFeaturizer.Names (at , ; ) ], after a possessive, at date words next to a number or date word, without an
    // opening word, article or office at the front) left 4,066 names but lowered every tuned order, since the join model
    // and the names-based bars were fit on the names as read. tools/replay-orders.sh F1 (file, seeds 1-10; before 0.9708
    // 0.9738 0.9753 0.9751 / 0.9360 0.9458 0.9641 0.9594 0.9580 0.9594 0.9503): all four cuts 0.9593 0.9573 0.9598 0.9610
    // / 0.9390 0.9566 0.9554 0.9575 0.9456 0.9736 0.9504 (mean 4-10 0.9540); each alone, orders 0-3: pauses 0.9686 0.9564
    // 0.9761 0.9729, possessive 0.9606 0.9653 0.9706 0.9611, dates 0.9686 0.9713 0.9761 0.9763, fronts 0.9690 0.9713
    // 0.9740 0.9740; in the lead names alone, all four 0.9572 0.9713 0.9740 0.9755, dates and fronts 0.9674 0.9738 0.9753
    // 0.9775 (file R 0.9530), possessive 0.9670 0.9738 0.9753 0.9705. Next: refit the join model
    // (tools/fit-story-model.cs) with the cuts in, then measure again.
    /// <summary>
    /// Sentences of the body (with the title) that make an article's lead: its subject is named there. Three,
    /// because a dateline line or a standfirst often takes the first.
    /// </summary>
    public int LeadSentences { get; init; } = 3;

    /// <summary>
    /// Whether an article's year (StoryDocument.LatestYear: the join model's YearConflict, LiveStory.Years for the date
    /// merge and the split check's fragments) is the latest year its title and lead (LeadSentences) name, and only when
    /// they name none the body's latest: a report states its event's year up front, while its body recalls or looks
    /// ahead ("a rehab stint in 2006", "the contract runs until 2011") and would set it against its own event's story.
    /// A text whose lead names no year still reads the body's: its years, background or not, parted same-type events
    /// a few years apart (a coach fired in 2005 and another in 2008) in the dev topics.
    /// FIT_REPORT=1 (all topics F1 file order, seeds 1-3; dev topics the same; load 12-18): off 0.956, 0.962, 0.954,
    /// 0.954, dev 0.931, 0.933, 0.938, 0.934; on 0.956, 0.964, 0.954, 0.954, dev 0.931, 0.942, 0.938, 0.943. Tried and
    /// not kept: the title and lead alone, no year from the body at all: 0.959, 0.962, 0.954, 0.954, dev 0.936, 0.938,
    /// 0.942, 0.923 (dev seed 3 mixes the two coach firings: the body's 2003 had kept apart reports of 2008); with
    /// Model.YearConflict -1.2: 0.957, 0.962, 0.955, 0.953, dev seed 3 0.923; -0.5: 0.959, 0.962, 0.954, 0.954, dev
    /// seed 3 0.923. On the body's years as they were, Model.YearConflict -1.6: 0.949, 0.956, 0.943, 0.948, dev 0.915,
    /// 0.895, 0.919, 0.908. `lede eval stories` F1 0.9561, 0.9617, 0.9542, 0.9538 -> 0.9561, 0.9641, 0.9542, 0.9538 (seed 1:
    /// a report of one event no longer in its sibling's story; the other orders' predictions byte-identical).
    /// `lede bench stories --stop-at 20000` (load 19-27, alternated B A A B): stream F1 0.9498 -> 0.9503 (P 0.9567 ->
    /// 0.9571, R 0.9430 -> 0.9437), repair moves 1,595 -> 1,598, stories opened 2,509 -> 2,507; process CPU 26.5, 24.0 s
    /// as was, 31.1, 24.1 s with it, assigning thread 13.1, 12.2 s and 16.1, 11.8 s (noise at that load); update_orphan
    /// 0.03 -> 0.17-0.18 s, update_date_merge 0.005 -> 0.009-0.14 s.
    /// Re-checked for removal (s29-rules, on stories/25): off (FIT_SET YearsFromLead=false) is identical in all 84 ECB+
    /// orders of tools/many-orders.cs (file order, seeds 1-3 and 21-100), but not on the dev topics alone (FIT_REPORT=split
    /// dev 0.933, 0.961, 0.965, 0.956 -> 0.933, 0.952, 0.956, 0.947; train unchanged) nor on the bench's dated stream
    /// (`lede bench stories --stop-at 100000 --checkpoint 20000 --checkpoint 100000`: 20k moves 1,601 -> 1,605, opened
    /// 2,495 -> 2,496, F1 0.9496 -> 0.9492; 100k moves 5,146 -> 5,178, opened 11,183 -> 11,187, F1 0.9604 -> 0.9599, R
    /// 0.9597 -> 0.9587): kept.
    /// </summary>
    public bool YearsFromLead { get; init; } = true;

    /// <summary>
    /// Word terms kept per member for the member-by-member comparison (the heaviest by frequency). 60 with
    /// MaxMemberVectors 12 (stories/13), from 40 and 8: `FIT_REPORT=1 FIT_SET=... dotnet run -c Release
    /// tools/fit-story-model.cs`, all topics F1 file/seeds 1-3 then the dev topics, 40/8: 0.951, 0.943, 0.952, 0.955, dev
    /// 0.926, 0.929, 0.930, 0.924; 60/12: 0.954, 0.948, 0.953, 0.954, dev 0.931, 0.933, 0.930, 0.929. MemberTerms alone:
    /// 50 0.952, 0.948, 0.953, 0.955, dev 0.922, 0.933, 0.930, 0.929; 60 0.954, 0.948, 0.952, 0.954, dev 0.922, 0.933,
    /// 0.930, 0.929; 80 0.953, 0.949, 0.953, 0.954, dev 0.922, 0.933, 0.930, 0.934 (a plateau: a member's top 40 words
    /// miss the details two reports of one event share past their common vocabulary).
    /// </summary>
    public int MemberTerms { get; init; } = 60;

    /// <summary>
    /// Members a story keeps for the member-by-member comparison, the latest first: a story of several angles has a
    /// centroid that no single report resembles, while a new report often mirrors one member closely. 12 (stories/13,
    /// from 8): alone all topics 0.951, 0.943, 0.953, 0.955 and dev file order 0.926 -> 0.931; 10 and 16 the same as 12
    /// (see MemberTerms for the pair's figures).
    /// </summary>
    public int MaxMemberVectors { get; init; } = 12;

    // The repair constants (Split*, Merge*) were chosen with `FIT_REPORT=split FIT_SET=... dotnet run -c Release
    // tools/fit-story-model.cs` over a grid (SplitLocalIdf 0, 0.5, 1; SplitGap 0.4, 0.5, 0.6; MergeRatio 0.6, 0.7, 0.8),
    // the join model left as fitted: train topics F1 0.894, 0.909, 0.923, 0.899 (file order, seeds 1-3), dev topics
    // 0.902, 0.901, 0.923, 0.884 (without repairs: 0.845, 0.859, 0.844, 0.821). The train-best point (SplitLocalIdf 1,
    // MergeRatio 0.7: train 0.914 on average) did not carry over (dev 0.884), so a point near the top on both was kept.
    // The merge check then moved to the split check's schedule (its cost bounded): train 0.905, 0.909, 0.923, 0.891,
    // dev 0.902, 0.891, 0.923, 0.875.

    /// <summary>A story is checked for a split (StoryRepair) from this many members: two reports of each event.</summary>
    public int SplitMinMembers { get; init; } = 4;

    /// <summary>Past this many members a story is no longer checked and forgets its members: memory and time stay bounded.</summary>
    public int SplitMaxMembers { get; init; } = 32;

    /// <summary>Each group of a split holds at least this many members: one or two odd reports are an angle, not a second event.</summary>
    public int SplitMinGroup { get; init; } = 3;

    /// <summary>
    /// And at least this share of the members: the best cut of one event's reports often peels off a tight pair of
    /// near copies, while two events merged in one story each hold a good part of it.
    /// </summary>
    public double SplitMinShare { get; init; } = 0.25;

    /// <summary>
    /// How many times the split check may set aside a group too small to stand (an odd report or two) and cut the rest
    /// again (StorySplitter.BestSplit): 0 gives up at the first cut that peels off an outlier, and a story that holds
    /// two events stays whole while it holds one odd report. With SplitWeekdayPenalty 0.4, `lede eval stories` BCubed
    /// precision in file order and seeds 1-3 0.968, 0.955, 0.952, 0.956 (at 0: 0.958, 0.950, 0.939, 0.931), F1 0.925,
    /// 0.924, 0.932, 0.938 (0: 0.927, 0.927, 0.931, 0.930); FIT_REPORT=split dev 0.926, 0.911, 0.903, 0.904 (0: 0.916,
    /// 0.911, 0.925, 0.901). 2 or 3 rounds split more same-event stories (F1 average 0.920, dev 0.890). Its precision is
    /// what lets the join bias loosen (see StoryJoinModel).
    /// </summary>
    public int SplitSetAside { get; init; } = 1;

    /// <summary>
    /// A story is cut only when one of its members has at least this many distinct words (title and body stems): a story
    /// of short reports only is left whole (StoryClusterer.ShortReports; 0: off). In the split checks' logs over ECB+
    /// file order and seeds 1-3 (104 splits), every split whose members all had under 100 words was within one event
    /// (a surgeon-general pick cut between the reports that name "Sanjay Gupta" in their one sentence and those that
    /// say "Gupta" in the body; a heist cut between its reports' place names), while every cut across two events had a
    /// member of 106 words or more (most over 150). `lede eval stories ../shared/datasets/ecbplus/stories [--shuffle-seed 1|2|3]`:
    /// file order F1 0.9431 -> 0.9494 (R 0.9193 -> 0.9313, P 0.9683 unchanged, ARI 0.9305 -> 0.9396), seed 2
    /// 0.9472 -> 0.9530 (R 0.9296 -> 0.9408, P 0.9655 unchanged, ARI 0.9323 -> 0.9406), seeds 1 and 3 unchanged
    /// (0.9431, 0.9549). Same figures at 98 to 130; at 60-80 only the heist's last cut is kept whole (file 0.9436);
    /// at 160 cuts across two events are lost (file P 0.954, seed 3 F1 0.948). A median or mean instead of the longest
    /// member: a mean of 60 as 100 here, but 70 already keeps a two-event cut whole (file P 0.963). FIT_REPORT=split:
    /// dev seed 2 0.907 -> 0.930, dev file and seeds 1, 3 unchanged (0.926, 0.929, 0.924); train file 0.943 -> 0.942,
    /// seed 2 0.934 -> 0.932, seeds 1 and 3 unchanged (0.934, 0.921). `lede bench stories --stop-at 20000 --json`:
    /// stream BCubed F1 0.9455 -> 0.9461 at 20k (P 0.960 -> 0.954, R 0.931 -> 0.938; at 10k 0.9471 -> 0.9453), repair
    /// moves 2,036 -> 1,695; the check is skipped before the similarities for a story of short reports.
    /// Tried with it and not kept: its counterpart in the merge check, MergeRatio 0.3 instead of 0.7 between two stories
    /// of short reports only. ECB+ F1 0.9507, 0.9431, 0.9517, 0.9549 -> 0.9553, 0.9464, 0.9518, 0.9603 and the fit tool's
    /// dev topics 0.926, 0.929, 0.930, 0.924 -> 0.950, 0.929, 0.936, 0.942, but `lede bench stories --stop-at 100000
    /// --checkpoint 20000 --checkpoint 100000 --json` fell at 20k from P 0.952, F1 0.9452 to P 0.930, F1 0.9346 (100k
    /// 0.9533 -> 0.9546): among many same-type events a stream's short reports of different events pass the lower bar,
    /// and of the pairs it added on ECB+ 139 of 183 right ones were between the original ECB's (shorter) reports.
    /// Tried for the Paris heist (file order: cut 10/4/1) and not kept (s16-recall; `lede eval stories` F1 file order, seeds
    /// 1-3, from 0.9536, 0.9478, 0.9530, 0.9538). Its trace: two short reports' story merged a story of the other heist's
    /// long reports (merge check cross 0.14 against within 0.17), the split check then cut it 3 short | 5 mixed, and the
    /// mixed part was cut again 3 short | 3 of the other heist, leaving two all-short fragments that never rejoin. A
    /// rejoin of the earlier fragment when the story cut from it is cut again (the take-back's test: its least report z
    /// -2.28, so never at SplitRejoinScore; or when the split check would leave the union whole, being all short reports):
    /// the six short reports rejoin, but their story's own similarity is then 0.17 and the merge check takes in the other
    /// heist's long reports (cross 0.16), file order 0.9510 (P 0.9683 -> 0.9630), seeds unchanged. A floor under the merge
    /// check's own similarity (MergeRatio × max(within, floor)): 0.2 gave 0.9486, 0.9478, 0.9494, 0.9534, 0.25 gave 0.9452,
    /// 0.9497, 0.9494, 0.9546 (the merge check joins most one-event fragments of loose stories).
    /// </summary>
    public int SplitMinWords { get; init; } = 100;

    /// <summary>
    /// A story splits when its groups' mean cross similarity is below (1 − SplitGap) × the looser group's own.
    /// Tried at stories/15 and not kept (s18-prec, `FIT_REPORT=1 FIT_SET=SplitGap=0.37`, all topics file order, seeds 1-3,
    /// then dev; 0.4: 0.955, 0.959, 0.953, 0.954, dev 0.931, 0.933, 0.930, 0.929): 0.37 gave 0.955, 0.959, 0.953, 0.948,
    /// dev 0.931, 0.933, 0.930, 0.904 (the Angels'/Red Sox's offers of ECB+ topic 10 reach gap 0.34-0.38 in file order,
    /// but with mixed sides).
    /// Also not kept (branch s18-prec, 49e86fd, off by default, not merged): a penalty on the members' similarity for a
    /// pair whose reports' actors differ (the first name of title or lead, optionally only among the entities stage's
    /// subjects, optionally title only). The first name of title or lead at 0.4: 0.941, 0.941, 0.948, 0.941, dev 0.914,
    /// 0.910, 0.913, 0.903 (the first name is as often a film, a clinic, a place or a reporter); among the subjects
    /// 0.942, 0.939, 0.945, 0.942; from the title among the subjects at 0.4 0.955, 0.947, 0.952, 0.948, at 0.2 0.955,
    /// 0.953, 0.953, 0.945, at 0.1 0.955, 0.953, 0.953, 0.954 (dev seed 3 0.929 -> 0.945, not carried to all topics);
    /// 0.05 no change. At 0.1 the one all-topic change is seed 1's precision 0.983 -> 0.970: the split check's best cut
    /// of topic 10 moves to the other side, so the merge check no longer meets the seam it remembers (MergeSeamAgree)
    /// and refolds. With SplitGap 0.37 as well: 0.955, 0.948, 0.953, 0.948, dev 0.931, 0.935, 0.930, 0.921.
    /// </summary>
    public double SplitGap { get; init; } = 0.4;

    /// <summary>
    /// The split check's cut along headline actors (StoryClusterer.ActorSplit, StoryActors.cs), taken when the
    /// similarity cut falls short of SplitGap, stands at this gap or more: two rare names (SplitActorDocShare) each named
    /// by the headlines of SplitMinGroup members or more and never by one headline together, not forms of one name
    /// (first four letters: Greece/Greek), the members naming neither sent to the group they resemble more, each group's
    /// headlines naming its actor in SplitActorNamedShare of it or more, and neither group's leads naming the other's
    /// actor in more than SplitActorLeadShare of them. The merge checks (MergeCheck, the subject, date and score merges)
    /// and the split's take-back and sibling check leave apart two stories that such headline actors part
    /// (ActorsDiffer), or they fold the cut back at once. Null: off.
    /// Why (s21-offer, tools/trace-stories.cs 10_ [seed]): ECB+ topic 10's two offers to one player join one story at p
    /// 0.55-1.00 (file order: the Angels' first report joins 9 Red Sox reports at p 0.97; seed 2: a Red Sox report joins
    /// the Angels' one-report story at p 0.99), the similarity cut stays mixed (gap under 0.4), but the headlines part
    /// them: "angels" in 6 of the Angels' 8 headlines (ECB titles are the first sentence), "sox" or "boston" in 10 of the
    /// Red Sox's 13, no headline naming both, while the bodies name both teams. The actor cut there has gap 0.234-0.238
    /// and cross lead shares 0.00-0.17; the merge check (file order, cross 0.21 / within 0.26) then the date merge (mean
    /// p 0.97) folded it back until ActorsDiffer. The guards, each from a wrong cut seen in the four orders: the climber's
    /// "new zealand" | "cook" (gap 0.10-0.42, the other group's leads naming it 0.40-0.75: SplitActorLeadShare),
    /// "internet explorer" | "ie" (lead share 0.78-1.00), "greece" | "greek" (gap 0.22-0.29: OneActor), a heist's
    /// "harry winston" | "french" (gap 0.59, 3 of 9 headlines naming the actor: SplitActorNamedShare).
    /// `lede eval stories ../shared/datasets/ecbplus/stories [--shuffle-seed N]` F1 0.9581, 0.9664, 0.9614, 0.9538 ->
    /// 0.9620, 0.9664, 0.9633, 0.9557 (file order, seeds 1-3; P 0.9718, 0.9873, 0.9803, 0.9678 -> 0.9823, 0.9873, 0.9890,
    /// 0.9765; R 0.9448, 0.9464, 0.9432, 0.9401 -> 0.9424, 0.9464, 0.9389, 0.9357): topic 10 parted in file order and
    /// seeds 2, 3 (the one 21-report mix, 0.0128, becomes 10_ecb:8 + 10_ecbplus:1 or 2: the Red Sox topic's reports of
    /// the Nationals' offer and of the Angels' withdrawal go with the Angels), nothing else changes. FIT_REPORT=1 all
    /// 0.958, 0.966, 0.961, 0.954 -> 0.962, 0.966, 0.963, 0.956; dev 0.931, 0.942, 0.939, 0.943 -> 0.931, 0.942, 0.939,
    /// 0.960 (load 7). Before the guards (gap 0.15-0.25, no lead or named share, no merge veto): all 0.958, 0.963,
    /// 0.956, 0.950, dev file order 0.914-0.922; with the merge veto and OneActor but no share guards, at 0.2: all 0.962,
    /// 0.963, 0.956, 0.950, dev 0.922, 0.942, 0.939, 0.951; at 0.25: 0.958, 0.963, 0.954, 0.948. On the final code
    /// (FIT_REPORT=1 FIT_SET=..., load 4): SplitActorGap 0.15 as 0.2; 0.25 all 0.958, 0.966, 0.961, 0.954 (topic 10 not
    /// cut: its gaps are 0.234-0.238), dev 0.931, 0.942, 0.939, 0.960; SplitActorLeadShare 0.4 all 0.962, 0.966, 0.963,
    /// 0.952, dev 0.922, 0.942, 0.939, 0.951 (the climber's place cut comes back); SplitActorNamedShare 0.4 as 0.5.
    /// `lede bench stories --stop-at 20000 --checkpoint 20000 --json` (A B A B against main e65b6af, load 4.7-5.9): stream
    /// F1 0.9513 -> 0.9508 (P 0.9582 unchanged, R 0.9446 -> 0.9435), repair moves 1,646 -> 1,651, stories opened 2,504
    /// unchanged; assigning thread CPU 10.76, 10.78 -> 11.52, 11.85 s; update_split 1.70, 1.98 -> 2.56, 2.77 s (4,738 ->
    /// 6,915 B per original: the actor reading at every split check that finds no cut), update_score_merge 0.54, 0.57 ->
    /// 0.76, 1.00 s (919 -> 2,786 B), update_merge 0.97, 1.00 -> 1.18, 1.96 s. Then with the veto read after the date
    /// and score merges' scores and no actor reading for a story with fewer than 2 × SplitMinGroup named headlines
    /// (predictions byte-identical, load 6-8): assigning thread 11.40, 12.04 -> 10.31, 10.99 s; update_split 2.19, 1.84
    /// -> 1.71, 2.41 s (4,737 -> 7,419 B per original: each member's headline names, found once), update_score_merge
    /// 0.63, 0.62 -> 0.43, 1.63 s (919 -> 926 B); stream F1 and moves as above.
    /// Lowered to 0.15 at stories/29 (s32-quality), judged on orders never tuned on: the four named orders cannot tell
    /// (0.15 gave the same as 0.2 on them above), while tools/many-orders.cs (PER_ORDER=1, paired against 0.2, load 10-17)
    /// gives seeds 21-60 0.9579 -> 0.9584 (+0.0005, 7 up, 0 down), 61-100 0.9544 -> 0.9549 (+0.0004, 6 up, 1 down),
    /// 4-20 0.9550 -> 0.9550 (2 up, 1 down), file order and seeds 1-3 identical (0.9721, 0.9788, 0.9775, 0.9803);
    /// FIT_REPORT=split dev unchanged (0.933, 0.961, 0.965, 0.956), train seed 3 0.946 -> 0.947 (P 0.941 -> 0.951). Two
    /// events' headline actors whose reports share every other word (a second offer, a second firing) cut at 0.15-0.2
    /// in orders where the similarity cut stays mixed. 0.1: 21-60 +0.0007 (9 up, 0 down) but 61-100 +0.0003 (7 up, 2
    /// down) and 4-20 -0.0001 (3 up, 2 down): not taken. Its neighbours at 0.15 (many-orders 21-60 / 61-100 from 0.9584 /
    /// 0.9549), not taken: SplitActorLeadShare 0.3 +0.0003 (2 up, 0 down) / +0.0000 (no order moves); SplitActorNamedShare
    /// 0.4 +0.0000 (5 up, 2 down) / +0.0001 (4 up, 4 down); SplitActorDocShare 0.15 +0.0000 / -0.0001 (0 up, 2 down).
    /// </summary>
    public double? SplitActorGap { get; init; } = 0.15;

    /// <summary>A headline name in at most this share of live articles can be an actor for SplitActorGap.</summary>
    public double SplitActorDocShare { get; init; } = 0.1;

    /// <summary>The most of one group's leads that may name the other group's headline actor for SplitActorGap's cut.</summary>
    public double SplitActorLeadShare { get; init; } = 0.25;

    /// <summary>The least share of each group of SplitActorGap's cut whose headlines name the group's actor.</summary>
    public double SplitActorNamedShare { get; init; } = 0.5;

    /// <summary>Weight of the words cosine in the members' similarity.</summary>
    public double SplitWords { get; init; } = 1.0;

    /// <summary>Weight of the names cosine in the members' similarity: who the report is about.</summary>
    public double SplitNames { get; init; } = 2.0;

    /// <summary>Weight of the numbers cosine in the members' similarity (scores, ages, tolls, years).</summary>
    public double SplitNumbers { get; init; } = 1.0;

    /// <summary>
    /// Exponent of the within-story IDF, ln((members + 1) / members carrying the term), in the split check's vectors:
    /// what every member says cannot tell two groups apart.
    /// </summary>
    public double SplitLocalIdf { get; init; } = 0.5;

    /// <summary>A lead name (title and first sentences) counts this many times in the members' names vectors.</summary>
    public double SplitLeadBoost { get; init; } = 2.0;

    // The repair schedule and the merge check's candidates were cut for speed (issue 6: each check walks every kept
    // member's terms): RepairDenseUpTo 8 -> 6, MergeMaxCandidates all -> 2, MergeMinScore -3 -> -2. FIT_REPORT=split:
    // train 0.920, 0.918, 0.915, 0.911 -> 0.921, 0.925, 0.920, 0.911, dev unchanged (0.916, 0.911, 0.903, 0.865);
    // `lede eval stories` BCubed F1 0.915, 0.926, 0.931, 0.926 -> 0.916, 0.925, 0.930, 0.930 (file, seeds 1-3); bench
    // stream F1 at 20k 0.913 -> 0.914. Also tried: RepairDenseUpTo 4 with RepairEvery 2 (train 0.918, 0.906, 0.911,
    // 0.904), MergeMaxCandidates 1 (dev seed 1 0.911 -> 0.899); RepairDenseUpTo 5 with RepairEvery 3 raised dev
    // (0.916, 0.932, 0.925, 0.911) but lowered train (0.918, 0.907, 0.925, 0.909): not taken without the full eval.
    // Merged with the split check's weekday penalty and set-aside (stories-precision), RepairDenseUpTo 6 cost dev seed 1
    // (FIT_REPORT=split dev 0.926, 0.874, 0.903, 0.904; train 0.925, 0.929, 0.917, 0.910) where 7 or 8 keep it (dev
    // 0.926, 0.911, 0.903, 0.904; train 0.930, 0.929, 0.912, 0.910): 7, the cheaper. `lede eval stories` F1 at 7: 0.925,
    // 0.933, 0.930, 0.938 (at 6: 0.923, 0.936, 0.930, 0.942).

    /// <summary>
    /// The repair checks' schedule (StoryRepair): a story is checked at every member count up to this, then at every
    /// RepairEvery-th: its members change most, relative to their number, while it is young.
    /// </summary>
    public int RepairDenseUpTo { get; init; } = 7;

    /// <summary>Past RepairDenseUpTo members, a story is checked when its member count is a multiple of this.</summary>
    /// <remarks>
    /// A sparser schedule as a speed cut (s30-update), not taken: every repair check (split, merges, member) runs on it,
    /// and ECB+ loses at once. many-orders 21-60, paired against the defaults (0.9578): RepairEvery 5 -0.0109 (2 up, 38
    /// down), 6 -0.0040 (9 up, 30 down), 8 -0.0145 (2 up, 38 down); RepairDenseUpTo 5 with RepairEvery 6 -0.0043; every
    /// 8th from 17 members (checks at 8, 12, 16, 24, 32) -0.0094 (0 up, 38 down); every 8th from 25 (the check at 28
    /// dropped) -0.0041 (0 up, 19 down). The speed it buys, RepairEvery 8 against 4 in one process (two clusterers fed
    /// the bench stream article by article, thread CPU around each Assign, load 11-14): 27.68 against 29.53 s at 40k
    /// (-6.3 %), split phase 5.20 against 8.95 s, stream F1 0.9483 against 0.9572.
    /// </remarks>
    public int RepairEvery { get; init; } = 4;

    /// <summary>The merge check looks at this many candidate stories at most, the closest first.</summary>
    public int MergeMaxCandidates { get; init; } = 2;

    /// <summary>
    /// Share of the members' similarity the split check takes off a pair whose leads name weekdays and none in common
    /// (StoryWhen): 0 leaves it as it is. Chosen on `FIT_REPORT=split` over 0.2, 0.3, 0.4, 0.6, 0.8 (SplitSetAside 0):
    /// dev F1 averaged over the four orders 0.905, 0.913, 0.913, 0.903, 0.906 (none: 0.899), all topics 0.925, 0.927,
    /// 0.929, 0.927, 0.930 (none: 0.924). As a join feature instead (weight -1, -2, -3 on the article against the story's
    /// members) it lowered dev F1 to 0.889, 0.889, 0.883: a report may name the day of a follow-up, so the day is weighed
    /// among members, not held against one article.
    /// Tried and left out (s24-copies, branch commit f81bd06): a like penalty on a pair whose event days (StoryWhen's month
    /// and day) lie far apart, 0.4 beyond 30 days: tools/replay-orders.sh all-topic F1 file/seeds 1-3 0.9708/0.9738/0.9698/
    /// 0.9629 -> 0.9689/0.9718/0.9612/0.9660, dev seeds 1, 2 0.9549/0.9652 -> 0.9473/0.9411; beyond 90 days -> 0.9708/
    /// 0.9738/0.9717/0.9612 (seed 3 P 0.9765 -> 0.9685: two events of one topic merged into 23 reports). Neither cut seed
    /// 3's 2008 cable-cut story of 14 + 3 2011 reports: a group of three is under the split's least group once a story
    /// holds 13, so the day would need its own small-group cut, not the split's similarity (s25-cut: SplitDayGroupMinGap).
    /// </summary>
    public double SplitWeekdayPenalty { get; init; } = 0.4;

    /// <summary>
    /// The split check's small-group cut by the day (StoryDayCut.cs): when neither the similarity's cut nor the actors'
    /// cuts a story, a group of SplitMinGroup or more members whose leads all name one weekday no other member names,
    /// against SplitMinGroup or more other members whose leads share a weekday the group never names, leaves below the
    /// split's least share when its gap (as SplitGap's, on the weekday-lowered similarities) is at least this, unless an
    /// event day (month and day) one group names lies within SplitDayGroupFarDays of one the other names. Null: off.
    /// A second event of one kind months apart is a second story (seed 3's 2011 cable cut: three reports naming Tuesday,
    /// one of them August 16, in a story of fourteen 2008 reports naming Friday and December 25/31; gap 0.76). The
    /// gaps of every such weekday group in the four orders' replays: 0.76 (that one), then 0.39 and 0.37 (one event's
    /// reports, a story of eight), 0.17, 0.15 and below; 0.5 sits between. `tools/replay-orders.sh` all-topic F1 file
    /// order, seeds 1-3 0.9708/0.9738/0.9698/0.9653 -> 0.9708/0.9738/0.9698/0.9684 (seed 3 P 0.9765 -> 0.9829, R 0.9544
    /// unchanged; `lede eval stories --shuffle-seed 3` ARI 0.9686), file order and seeds 1, 2 predictions cmp-identical,
    /// dev unchanged (0.9653/0.9549/0.9652/0.9758); `lede bench stories --stop-at 20000` identical (moves 1,651, opened
    /// 2,504, F1 0.9507854593718305). The event days alone (the brief's first idea: 3+ reports naming days close
    /// together and 60+ days from the rest's) cannot cut it: two of the three 2011 reports name no event day.
    /// At 0.35 the same figures; at 0.1 seed 3 falls to 0.9636 (P 0.9707: one event's weekday groups cut off).
    /// </summary>
    public double? SplitDayGroupMinGap { get; init; } = 0.5;

    /// <summary>Event days (month and day) of the day cut's two groups this close (around the calendar) keep the story whole.</summary>
    public int SplitDayGroupFarDays { get; init; } = 60;

    /// <summary>
    /// After a day cut, the group cut off takes in a live story naming its event day when the smaller side's kept reports
    /// would join the larger at this mean join score z (StoryDayCut.DayPiecesLook; -2 as PiecesDateMinZ). Null: off.
    /// In seed 3 the 2011 cable cut's three reports (one naming August 16) take in the two-report story of that day (mean
    /// z -0.85), and the pieces' date look then folds that into the eight-report story of the later outage that also
    /// names it: 30_ecbplus 8/3/2 -> 13. `tools/replay-orders.sh` all-topic F1 file order, seeds 1-3 0.9708/0.9738/
    /// 0.9698/0.9684 -> 0.9708/0.9738/0.9698/0.9731 (seed 3 R 0.9544 -> 0.9635, P 0.9829 unchanged; `lede eval stories
    /// --shuffle-seed 3` ARI 0.9686 -> 0.9740), file order and seeds 1, 2 cmp-identical to stories/21, dev unchanged;
    /// `lede bench stories --stop-at 100000 --checkpoint 20000 --checkpoint 100000` identical (20k moves 1,651, opened
    /// 2,504, F1 0.9507854593718305; 100k moves 5,316, opened 11,249, F1 0.9601871767305121): neither look fires there.
    /// Re-checked for removal (s29-rules, on stories/25, tools/many-orders.cs with FIT_SET SplitDayPiecesMinZ=null):
    /// seeds 21-60 -0.0002 (0 up, 2 down), 61-100 -0.0001 (0 up, 2 down), and seed 3 0.9803 -> 0.9756 (R 0.9691 ->
    /// 0.9668 over orders 0-3): kept. The day cut itself (SplitDayGroupMinGap=null) costs more: 21-60 -0.0008 (0/4),
    /// 61-100 -0.0014 (0/8), seeds 2 and 3 0.9775, 0.9803 -> 0.9713, 0.9725.
    /// </summary>
    public double? SplitDayPiecesMinZ { get; init; } = -2.0;

    /// <summary>
    /// A story the article also came close to (join score z at least this) is a candidate to merge into the story it
    /// joined (StoryRepair.MergeCheck).
    /// </summary>
    public double MergeMinScore { get; init; } = -2.0;

    /// <summary>
    /// It merges when its members' mean similarity with the story's is at least this share of the story's own.
    /// Tried and not kept (s17-recall): the cross similarity also asked to reach this share of the other story's own
    /// (two reports or more), so that a loose story of short reports does not take in a tight one of another event:
    /// `lede eval stories` F1 0.9536, 0.9531, 0.9530, 0.9538 -> 0.9380, 0.9479, 0.9438, 0.9494 (file order, seeds 1-3;
    /// P 0.968, 0.970, 0.966, 0.968 -> 0.968, 0.970, 0.966, 0.970; R 0.939 -> 0.910 in file order): most merges of a
    /// loose story with a tighter fragment are one event's.
    /// Tried and not kept (s19-prec): the merge check leaving alone a candidate the article scored z >= 0 beside its join
    /// (the join's bridge: a chaining guard for the merge), so that one team's offer opened apart and then bridged by a
    /// third team's report stays apart; `FIT_REPORT=1` all topics file order, seeds 1-3 then dev, against 0.956, 0.962,
    /// 0.954, 0.954 / 0.931, 0.933, 0.938, 0.934 (load ~2): a bridged story of one report 0.956, 0.962, 0.953, 0.954 /
    /// 0.931, 0.924, 0.928, 0.924 (file-order P 0.969 unchanged: later reports join across directly); any bridged
    /// story 0.945, 0.951, 0.933, 0.947 / 0.931, 0.890, 0.884, 0.917. Most bridged folds are one event's fragments.
    /// </summary>
    public double MergeRatio { get; init; } = 0.7;

    /// <summary>
    /// The merge check leaves apart two stories whose leads are about different people (StoryClusterer.LeadsDiffer:
    /// the join model's LeadConflict read story against story): one story's leads all name a rare one-word name
    /// that is a word of a person its members are about and that none of the other's leads name, and the other's
    /// leads all name a rare one-word name the first never names. Only the leads count: two same-type events recall
    /// each other's subject in their bodies (an earlier version reading names anywhere in the text scored `lede eval
    /// stories` F1 0.916, 0.936, 0.933, 0.949). Measured with `lede eval stories ../shared/datasets/ecbplus/stories
    /// [--shuffle-seed 1|2|3]`: F1 0.9343, 0.9415, 0.9472, 0.9494 -> 0.9343, 0.9403, 0.9472, 0.9549 (seed 3 P 0.959
    /// -> 0.970: an official's species listing no longer takes in his successor's; seed 1 R 0.931 -> 0.928: a
    /// one-report story of a game that led with another player stays apart); `FIT_REPORT=split dotnet run -c Release
    /// tools/fit-story-model.cs` unchanged (train 0.930, 0.934, 0.934, 0.921, dev 0.926, 0.929, 0.907, 0.904).
    /// Tried and not kept: the other story's name in any of its leads rather than all (seed 3 0.950 rather than
    /// 0.955 in scratch replays); the subject not asked to be a person's word (a team or a city in every lead: seed
    /// 1 0.937); both stories of LeadConflictMinMembers or more (no merge vetoed, no gain); the same veto in the
    /// subject merge (StorySubjectMerge: no change). At stories/13 (FIT_REPORT=1, see LeadConflict): a name in 3/4 of
    /// either story's leads rather than all: no change; in 0.6 of them: seed 2 0.953 -> 0.952, dev seed 1 0.933 -> 0.928.
    /// Re-checked for removal (s29-rules, on stories/25, tools/many-orders.cs with FIT_SET MergeLeadConflict=false): seeds
    /// 21-60 +0.0000 (5 up, 1 down), 61-100 +0.0003 (4 up, 0 down), FIT_REPORT=split unchanged, but seed 3 0.9803 ->
    /// 0.9753 (mean P over orders 0-3 0.9853 -> 0.9823; not traced): kept. Not benched.
    /// </summary>
    public bool MergeLeadConflict { get; init; } = true;

    /// <summary>
    /// The split check and the merge check can take turns on one story: the split cuts two same-type events apart,
    /// the merge check folds them back (their vectors lack the within-story IDF that made the split), and the next
    /// report starts it again. A split the merge check undid is evidence, and when the split check finds the same seam
    /// again it is more: so the merge check folds back two stories a split that stood cut apart (StoryClusterer.MayRefold)
    /// at most MergeRefoldLimit times in their lineage (the story that takes the other in carries the count, and so do
    /// both parts of a later cut) before it asks whether the seam is one it folded before; it then refuses when at
    /// least MergeSeamAgree of an earlier folded seam's cross pairs (one member from each side, both still present) are
    /// apart again. A story cut along its angles is cut along other seams each time (a riot's clashes, then its
    /// funeral, then its strikes), and those folds stand.
    /// `lede eval stories ../shared/datasets/ecbplus/stories [--shuffle-seed 1|2|3]`: F1 0.9536, 0.9531, 0.9530, 0.9538
    /// -> 0.9549, 0.9592, 0.9530, 0.9538 (file P 0.9683 -> 0.9694, R 0.9393 -> 0.9408: a vote's two events, cut and folded
    /// three times, stay apart at the third; seed 1 P 0.9698 -> 0.9826, R 0.9369 unchanged, ARI 0.9546: two teams'
    /// offers to one player, cut and folded three times along one seam, stay apart; seeds 2, 3 unchanged); FIT_REPORT=1
    /// dev unchanged (0.931, 0.933, 0.930, 0.929); FIT_REPORT=split train 0.946, 0.931, 0.933, 0.924
    /// -> 0.947, 0.931, 0.930, 0.924 (seed 2 P 0.958 -> 0.955, R 0.910 -> 0.906), dev unchanged. `lede bench stories
    /// --stop-at 20000 --checkpoint 20000 --json`: stream F1 0.94940 -> 0.94940 (P 0.95665 -> 0.95666, R unchanged),
    /// repair moves 1,596 -> 1,579, stories opened 2,507 unchanged; at 100k (--stop-at 100000 --checkpoint 100000) F1
    /// 0.95890 -> 0.95894 (P 0.96652 -> 0.96644, R 0.95140 -> 0.95156), moves 5,038 -> 4,949, opened 11,246 -> 11,243,
    /// process CPU 114.7 -> 116.2 s and assigning thread 67.2 -> 67.4 s (one run each, load 25-33).
    /// The count alone (FIT_REPORT=1, all file/1/2/3 then dev): limit 1 all 0.953, 0.949, 0.948, 0.951, dev unchanged;
    /// limit 2 all 0.955, 0.955, 0.953, 0.954 (seed 1 R 0.937 -> 0.928: a riot's angles, cut three times along three
    /// seams, stay cut); limit 3 as without. The seam alone (from the second fold on, no count): all 0.953, 0.959, 0.948,
    /// 0.951 (a second fold of one event's angles in seeds 2, 3 and file order can follow its first seam), the same
    /// when asking the whole seam found again (MergeSeamAgree 1.0). From the third fold, MergeSeamAgree 0.6 gives the
    /// same as 0.9. The same refusal in the subject, date and score merges: no change (FIT_REPORT=1 all 0.955, 0.959,
    /// 0.953, 0.954, dev 0.931, 0.933, 0.930, 0.929), so the merge check alone counts.
    /// </summary>
    public int? MergeRefoldLimit { get; init; } = 2;

    /// <summary>
    /// See MergeRefoldLimit: the share of an earlier folded seam's cross pairs apart again that refuses a fold (null:
    /// the count alone).
    /// </summary>
    public double? MergeSeamAgree { get; init; } = 0.9;

    // Whole-event merges in orders never tuned on (s25-unseen, stories/22; `dotnet run -c Release tools/trace-stories.cs
    // PREFIX SEED`): the first wrong decision of each of the largest precision losses of seeds 4-10.
    // - seed 10, 30_ecb:14 + 30_ecbplus:13 (0.0175): a join. The later outage's story (one report and its copy, naming
    //   October 2011) takes an undated report of the earlier cable cut ("on Friday") at p 0.57 (words 0.23, names 0.30:
    //   Europe, Egypt, France, Mediterranean; numbers 0, title 0), and a second at p 0.86; every later report of both
    //   events joins that mixed story (p 0.54-1.00). Two later-outage reports naming their year open apart ("names
    //   another year") and the merge check folds them in (cross 0.17 against within 0.22; not a cut pair). No year veto
    //   can fire: the earlier event's reports name no year.
    // - seed 10, 10_ecbplus:13 + 10_ecb:8 (0.0128): a join. One team's offer to a player (two reports, December 2008)
    //   takes an undated report of another team's offer to him at p 0.81 (words 0.35, names 0.42). The split check
    //   later cuts the story, but not along the events (both sides mixed); the merge check folds the rest back (0.25
    //   against 0.31), then the score merge folds it into the other offer's next story (least p 1.00).
    // - seed 10, 24_ecbplus:11 + 24_ecb:8 (0.0120): a join, then a refold. The 2013 heist story (4 reports) takes a
    //   title-only report of another Paris jewel robbery at p 0.81 (words 0.28, names 0.35: Paris, French) and one at
    //   0.54; the split check cuts the earlier robbery's reports off correctly, and the merge check folds the cut back
    //   at its first refold (cross 0.15 against within 0.21, just over MergeRatio).
    // - seed 4, 9_ecbplus:13 + 9_ecb:10 (0.0146): a join, then two refolds. The reversal's report (2009) joins the
    //   one-report story of the rule it reverses (undated) at p 0.98; the split check cuts the two events apart twice,
    //   the merge check folds them back twice (0.25/0.28, then 0.23/0.31: MergeRefoldLimit's two folds).
    // - seed 7 (P 0.9651), 5_ecb:13 + 5_ecbplus:6 (0.0106): a join. A coach's firing (one report) takes a report of
    //   another coach's firing by the same team at p 0.59 (words 0.21, names 0.18: Cheeks, Sixers), and the story grows
    //   over both.
    // So the first wrong decision is a join every time, into a young story (1-4 reports) at p 0.57-0.98, where the
    // earlier event's reports name no year or day; three of five then pass through the merge check's refold.
    // Tried and not kept (ORDERS="0 1 2 3 4 5 6 7 8 9 10" tools/replay-orders.sh, all-article F1 against main
    // 0.9708 / 0.9738 / 0.9753 / 0.9731 (file, seeds 1-3) and seeds 4-10 0.9360 / 0.9432 / 0.9641 / 0.9544 / 0.9596 /
    // 0.9594 / 0.9400; load 5-12):
    // - MergeRefoldLimit 1: 0.9689 / 0.9719 / 0.9708 / 0.9707 (a within-event refold of 9_ecb in file order is lost).
    // - MergeRefoldRatio without its lead-name exemption (kept with it, see there): 0.8: file order 0.9689 (the same
    //   9_ecb cut 8/2 left apart); 0.75: file, seeds 1, 2 unchanged,
    //   seed 3 0.9731 -> 0.9707 (P 0.9829 -> 0.9853, R 0.9635 -> 0.9564: 1_ecb 17/1 -> 12/5/1, its refold at 0.26/0.36
    //   is one event's), but seed 4 0.9387, seed 7 0.9594, seed 10 0.9503 (P 0.9385 -> 0.9480), dev unchanged except seed
    //   3 0.9758 -> 0.9835: the unseen orders want it, the floor (seed 3 >= 0.972) does not allow it; 0.72: nothing
    //   changes (orders 0-4, 10). The refolds of one event (0.72) and of two (0.71-0.75) share one band of cross/within.
    // Kept: MergeRefoldRatio 0.75 with the lead-name exemption (seeds 5, 7, 10 up; 30_ecb, 10_ecb and 9_ecb stay merged:
    // their first wrong decision, the join, is untouched; 9's refolds pass on a shared lead name).
    // - YoungJoinMinZ 0.5 (p 0.62 to join a story of one kept report; the option was removed, not kept off): 0.9645 /
    //   0.9697 / 0.9676 (file-order dev 0.9653 -> 0.9495): many second reports of one event join at p 0.5-0.62.
    // s26-lead, the refold's lead-name exemption in all 11 orders (the merge check's reason now names the name; full
    // traces, `dotnet run -c Release tools/trace-stories.cs "" SEED`, stories/23): it lets 19 folds through, 12 of one
    // event (16_ecbplus's "hawaiian gardens" and a deputy's name in seeds 1, 4, 5, 6, 8, 10; 1_ecb's "promises treatment
    // center" in seed 3, the one seed 3's floor needs; 3_ecbplus's "arcade joseph comeaux jr" in seeds 2, 10) and 7 of two
    // (9's "endangered species act" in seeds 4, 6 twice, 8, 9; 27's "internet explorer" in seed 2; 25's "new orleans
    // saints" in seed 9). Cross/within does not tell them apart (right 0.70-0.76, wrong 0.69-0.74); the absolute cross
    // nearly does (right 0.26-0.37, wrong 0.22-0.27) but the margin is one figure. Where the final partitions' minority
    // reports were last placed (seeds 4-10, weighted by story size): joins 1,142, splits 318, the merge check 194, the
    // score merge 136 (seed 10's 10_ecb pieces), new stories 123, copies 90, the subject and date merges 29: the joins
    // make the whole-event merges, and a refold the exemption lets through is undone by a later split in seeds 6, 8, 9
    // (final 9_ecb 1-2 apart) but not in seed 4. Tried and not kept (ORDERS="0 1 2 3 4 5 6 7 8 9 10", all-article F1 file, seeds 1-10 against
    // 0.9708 / 0.9738 / 0.9753 / 0.9751 / 0.9360 / 0.9458 / 0.9641 / 0.9594 / 0.9580 / 0.9594 / 0.9503, mean of seeds
    // 4-10 0.9533; load 9-35):
    // - the exemption refused when the two stories' kept reports name event days (StoryDocument.EventMonthDay) and no
    //   day of one lies within 30 days of one of the other's (a law's rule in December, its reversal in March/April):
    //   0.9708 / 0.9738 / 0.9753 / 0.9751 / 0.9387 / 0.9458 / 0.9641 / 0.9594 / 0.9561 / 0.9501 / 0.9503, mean 4-10
    //   0.9521 (seed 4 P 0.9566 -> 0.9668, R 0.9163 -> 0.9122: 9 stays cut; seed 9 -0.0093: with the ESA refold refused
    //   the stream takes another path and 9_ecb:10 + 9_ecbplus:13 end in one story by a later fold at 0.23/0.31 and joins;
    //   seed 8 -0.0019). Event days are no event's own either: 16_ecbplus's one shooting names 2005 and 2007 days (trial
    //   dates), and the test refused its right fold in seed 1 (the partition came back the same by other repairs).
    // - the same days test refusing every refold of a cut pair (not only the exemption's): file 0.9689, seeds 1-5 0.9620 /
    //   0.9753 / 0.9751 / 0.9387 / 0.9438 (stopped: file and seed 1 under their floors).
    // - the exemption refused when another of the article's candidates leads with the name too (SiblingLeads, as the
    //   lead-name merge): file, seeds 1, 2 unchanged, seed 3 0.9751 -> 0.9707 (R 0.9651 -> 0.9564: the clinic's fold has
    //   siblings: its own fragments), stopped.
    // - the score merge (StoryScoreMerge) leaving apart a pair a split that stood cut apart (WasCut; the rejoin check
    //   asked the join model the same at the cut): 0.9708 / 0.9738 / 0.9753 / 0.9751 / 0.9360 / 0.9425 / 0.9641 /
    //   0.9594 / 0.9545 / 0.9612 / 0.9483, mean 4-10 0.9523 (seed 5 R 0.9365 -> 0.9300, seed 8 R 0.9367 -> 0.9300: one
    //   event's cut pieces the score merge folds back stay apart; seed 9 P 0.9729 -> 0.9747; seed 10 P 0.9480 -> 0.9459).

    /// <summary>
    /// The merge check folds back two stories a split that stood cut apart (StoryClusterer.WasCut) only when their
    /// cross similarity reaches this share of the story's own, above MergeRatio, unless a rare full name (not a person)
    /// leads both (SharedLeadName, the lead-name merge's test: a clinic, a store, an act names one event's pieces); null:
    /// MergeRatio alone. A cut the split check made is evidence of two events: a refold should need more than a fresh
    /// merge, and a shared lead name is the evidence for one event that lets it go.
    /// ORDERS="0 1 2 3 4 5 6 7 8 9 10" tools/replay-orders.sh (load 5-8), all-article F1 from main: file, seeds 1, 2
    /// unchanged (0.9708 / 0.9738 / 0.9753), seed 3 0.9731 -> 0.9751 (P 0.9829 -> 0.9853; dev 0.9758 -> 0.9835), seed 4
    /// 0.9360 unchanged, seed 5 0.9432 -> 0.9458, seed 7 0.9544 -> 0.9594 (P 0.9651 -> 0.9670), seed 10 0.9400 -> 0.9503
    /// (P 0.9385 -> 0.9480: 24_ecb's cut stays apart), seeds 6, 9 unchanged, seed 8 0.9596 -> 0.9580 (P 0.9771 -> 0.9803, R
    /// lower); mean of seeds 4-10 0.9510 -> 0.9533; dev elsewhere unchanged; file order and seeds 1, 2 the same partitions.
    /// `lede eval stories --shuffle-seed 3`: P/R/F1/ARI 0.9853 / 0.9651 / 0.9751 / 0.9759. `lede bench stories --stop-at
    /// 20000 --checkpoint 20000 --json`: repair moves 1,651 -> 1,543, stories opened 2,504 -> 2,502, stream BCubed P/R/F1
    /// 0.9582 / 0.9435 / 0.95079 -> 0.95936 / 0.94312 / 0.95117.
    /// Without the lead-name exemption (the ratio alone): 0.75 as above but seed 3 0.9707 (P 0.9853, R 0.9564: 1_ecb
    /// 17/1 -> 12/5/1, a clinic's one event cut and refolded at 0.26/0.36) and seed 4 0.9387; 0.72 changes nothing.
    /// </summary>
    public double? MergeRefoldRatio { get; init; } = 0.75;

    // Where the loss on orders never tuned on comes from (s32-quality, on stories/28; every order's partition written
    // through StoryModelFit.Stories and scored per gold event): seeds 61-100 mean P 0.9595, R 0.9495 (losses 0.0405 and
    // 0.0505; orders 0-3: 0.0147 and 0.0309), 21-60 P 0.9621, R 0.9539. Of 61-100's precision loss, 0.0385 mixes a
    // topic's two events (ECB's 2008 event and ECB+'s later one of the same kind) and 0.0020 crosses topics. The largest
    // mixes: topic 10 (two clubs' offers to one player) 0.0099, 24 (two Paris jewel heists) 0.0051, 23 (two climbers'
    // deaths on one mountain) 0.0048, 9 (a species rule and its reversal) 0.0047, 11 (two Turkmen elections) 0.0041, 5
    // 0.0029; the recall loss lies in the same topics' earlier events (24_ecb 0.0082, 23_ecb 0.0069, 11_ecb 0.0046), cut
    // in pieces as some of their reports sit in the later event's story. Title-only reports (51 of 772 under 5 body
    // words, ECB's one-sentence documents) are 263 of the 902 minority placements (4.4 times their share), yet they join
    // rightly most of the time (1,657 right, 269 wrong or in a minority, 99 alone): no bar on them alone pays.
    // By decision (full traces of seeds 61-66, each placement judged against the story's members at that moment): joins
    // 3,323 right, 341 wrong, but 264 of the wrong enter a story that already holds the article's event in a minority (the
    // wake of an earlier mix) and only 77 a story of the other event alone; the merge check's folds 201 right, 225 wrong
    // (article moves: a wrong fold of a large piece counts each report); split moves 574 right, 26 wrong; the score
    // merge 43 / 10, the subject merge 35 / 6, the member check 4 / 2. Wrong joins by feature: p < 0.9 25 % wrong (123 of
    // 490), title numbers differing 20 %, numbers cosine 0 14 %, against 9 % of all joins.
    // Single settings, tools/many-orders.cs paired over seeds 21-100 against stories/28 (mean 0.9562, 80 orders; load
    // 9-17), none kept: MergeRatio 0.75 -0.0005 (25 up, 34 down), 0.8 -0.0018 (27/50); MergeRefoldRatio 0.8 +0.0000
    // (16/17), 0.85 +0.0000 (24/24); MergeMaxCandidates 1 +0.0001 (15/20); MergeRefoldLimit 1 -0.0008 (9/28);
    // Model.Small 1.0 -0.0004 (36/44), 2.0 +0.0002 (37/35), 2.5 -0.0001 (38/39); Model.Bias -5.0 -0.0013 (27/50);
    // Model.NamesKnown 2.0 -0.0018; Model.LeadUnmentioned -1.0 -0.0018; Model.SalientUnmentioned -1.0 -0.0037;
    // Model.TitleNumberConflict -1.5 -0.0018 (13/57), -2.5 -0.0031; Model.YearConflict -1.2 -0.0006 (21/47);
    // BridgeWeight 0.15 -0.0004 (19/31); SplitGap 0.35 -0.0010 (19/33), 0.3 -0.0021; SplitMinGroup 2 -0.0048; SplitMinShare
    // 0.2 -0.0023 (3/43). SplitActorGap 0.15 +0.0004 (13 up, 1 down): taken at stories/29 (see there).

    // Tried for precision (issue 6; same-type events in one story: ECB+ topics 9, 10, 11) and not kept. Baseline
    // FIT_REPORT=split train 0.930, 0.929, 0.912, 0.910, dev 0.926, 0.911, 0.903, 0.904 (file order, seeds 1-3); `lede eval
    // stories` F1 0.925, 0.933, 0.930, 0.938. What the split check sees: in topic 10 (two teams' offers to one player) the
    // gold two-way partition of the merged story has a gap of only 0.15-0.25 in every order (the looser group's members
    // share 0.08 on average), and the best cut does not follow it, so no threshold separates them. In topic 9 (seed 2)
    // the split check cuts the events apart (gap 0.52) and the merge check folds them back (cross 0.246 against within
    // 0.279: its vectors lack the within-story IDF), twice. Yet guarding the merge check loses more than it wins:
    // - no merge that the split check would cut again (within-story IDF and weekday mark on the union, gap ≥ SplitGap):
    //   eval F1 0.909, 0.931, 0.916, 0.943 (P 0.963, 0.962, 0.961, 0.970; recall fell 0.886 to 0.861 in file order);
    // - the same only for the two halves of an earlier split: train 0.915, 0.904, 0.910, 0.894, dev 0.909, 0.911, 0.903,
    //   0.904; never merging split halves: train 0.911, 0.888, 0.910, 0.887, dev 0.879, 0.874, 0.866, 0.895. Most splits
    //   that the merge check folds back were within one event. The split check's weekday mark on the merge check's cross
    //   pairs (0.4 of the pair off): train 0.926, 0.918, 0.916, 0.897, dev 0.926, 0.907, 0.896, 0.885 (0.2: dev seed 3 0.889).
    // Also: MergeRatio 0.75 (train 0.922, 0.914, 0.904, 0.904, dev 0.909, 0.907, 0.887, 0.885) or 0.8; SplitLeadBoost 3
    // (train 0.912, 0.937, 0.917, 0.898, dev 0.867, 0.921, 0.921, 0.863) or 4; a reassignment pass after the cut, each
    // member to the group it resembles more (train 0.927, 0.926, 0.911, 0.906, dev seed 2 0.903 to 0.884); leaving out of
    // the split vectors the terms only one member carries (dev 0.899, 0.883, 0.907, 0.849); the split gap against the
    // groups' size-weighted within similarity rather than the looser group's (dev 0.926, 0.901, 0.884, 0.880; with
    // SplitGap 0.45: 0.926, 0.913, 0.898, 0.880); and for YearConflict, no year read from "2,000" and the last year of a
    // range ("2008-09") read: eval F1 0.924, 0.932, 0.928, 0.938, dev 0.926, 0.911, 0.897, 0.898. (With the split
    // take-back working, no year read from "2,000" alone changes neither figure: see StoryDocument.LatestYear.)
    // With the take-back working (stories/8): the merge check kept from joining two stories that the split check,
    // shown them as one, would cut along their seam (each side a group it could cut, the split check's vectors and
    // weekday mark, gap ≥ SplitGap): FIT_REPORT=all F1 0.917, 0.940, 0.932, 0.950 (P 0.963, 0.962, 0.961, 0.970; was
    // 0.925, 0.940, 0.939, 0.942), FIT_REPORT=split dev 0.909, 0.911, 0.903, 0.889 (was 0.926, 0.911, 0.903, 0.904).
    // The merge check's pairs judged again with the split check's vectors on the union (within-union IDF, weekday mark),
    // merging only when their cross similarity is at least a share of the story's own there: at 0.6 all 0.912, 0.940,
    // 0.928, 0.945, dev 0.909, 0.911, 0.903, 0.889; at 0.4 all 0.925, 0.940, 0.933, 0.934, dev seed 3 0.889. The
    // take-back's lead-name guard (LeadConflict) on the merge check: all 0.916, 0.936, 0.933, 0.949, dev 0.926, 0.904,
    // 0.911, 0.899. Most merges such guards block join one event's fragments.
    // Again at stories/14 (take-back and sibling check working; s17-prec), for topic 10 in seed 1 (the split check cuts the
    // two offers apart three times and the merge check folds them back, cross/within 0.25/0.34, 0.24/0.27, 0.21/0.26):
    // the pairs a split that stood cut apart remembered while both live, and the merge check asked for cross ≥ r × within
    // between them. FIT_REPORT=1 from all 0.954, 0.953, 0.953, 0.954, dev 0.931, 0.933, 0.930, 0.929: r = 1.0 all 0.946,
    // 0.951, 0.937, 0.946 (seed 1 P 0.970 -> 0.976, R 0.937 -> 0.928), dev 0.931, 0.908, 0.905, 0.929; never (r = 9) all
    // 0.946, 0.947, 0.937, 0.946, dev the same; the subject, date and score merges refusing such pairs: all 0.954, 0.950,
    // 0.953, 0.950, dev seed 3 0.929 -> 0.908; both: all 0.935, 0.941, 0.930, 0.942. Still most folded cuts are one event.

    /// <summary>
    /// A story the article also came close to (join score z at least this), among the SubjectMergeMaxCandidates
    /// closest, merges into the story it joined when half the members of each or more are about one person (the
    /// entities stage's first subject), their years agree and their leads' weekdays do not conflict
    /// (StoryClusterer.SubjectMergeCheck). Null: off (FIT_SET=SubjectMergeMinScore=1000 turns it off in the tool).
    /// Every merge it made on ECB+ (file order, seeds 1-3) joined two fragments of one event (31_ecb 12+2 twice, 1_ecbplus
    /// 9+7): `lede eval stories` F1 0.925, 0.933, 0.930, 0.938 -> 0.925, 0.935, 0.935, 0.938 (recall 0.886, 0.910, 0.910,
    /// 0.921 -> 0.886, 0.914, 0.919, 0.921; precision unchanged). FIT_REPORT=split: train 0.930, 0.929, 0.912, 0.910 ->
    /// 0.930, 0.932, 0.912, 0.921, dev unchanged at 0.926, 0.911, 0.903, 0.904 (no merge there: the dev topics do not
    /// carry the gain, nor cost it). `lede bench stories --stop-at 20000`: stream BCubed F1 0.9255 -> 0.9257, CPU
    /// seconds 47.6 against 46.3 (alternated, load ~30-37). Tried: a shared rare lead name instead of the person
    /// (precision fell to 0.874-0.941: same-type events share their team, city and country), a shared third of the
    /// members instead of half (one same-type merge in seed 2), no weekday guard (seed 3 0.938 -> 0.935), z -6 and 5
    /// candidates (the same merges, CPU seconds 42 against 38), a check at every arrival instead of the repair schedule
    /// (one more right merge, file order F1 0.926; stream F1 0.9255, but update µs per original 775 against 647).
    /// </summary>
    public double? SubjectMergeMinScore { get; init; } = -4.0;

    /// <summary>
    /// A story's leads must number at least this for StoryJoinModel.LeadConflict to read a name in all of them as its
    /// subject: one lead names its subject and its setting alike. At 3 (with LeadConflict -2 and YearConflict -0.8) the
    /// seed-2 merge of two players' arrests came back: eval F1 0.926, 0.939, 0.939, 0.944.
    /// </summary>
    public int LeadConflictMinMembers { get; init; } = 2;

    /// <summary>
    /// Whether a story of one report meets StoryJoinModel.LeadConflict through the person either side is about
    /// (StoryClusterer.OneReportConflict): that person (the entities stage's subject person, by surname) is not in the
    /// other side's lead and said once at most there, while the other's lead names a rare one-word name the first never
    /// names. Why: after unrelated news the seeds' shared names (NATO, Ukraine, Russia, Stoltenberg) are rare and carry
    /// the troop build-up report (002, quoting Stoltenberg once) into the story of his Kyiv visit (000/001) at z +0.67
    /// (`lede digest samples/news` then the seeds); the September visit (003, about Stoltenberg) then joins the build-up
    /// report at z +0.22. Neither the words about what happened nor the headline's words tell these apart where ECB+'s
    /// same-type events share them (see LeadConflictOneReportShare for what was tried).
    /// Neither side counts when the other side's subject person has the same surname (s29-rules): a report of a player
    /// about the player, whose one-report story's lead names him in another form, is no report about another person.
    /// Traced over seeds 21-60 (a scratch trace of every join the one-report conflict decides, z < 0 with it and z >= 0
    /// without, the candidate first): it decided 53 joins, 26 refused into another event's story and 27 into the
    /// article's own event's (file order and seeds 1-3: 3, all into the own event's: Jackman's Oscars, the dairy fire,
    /// the cable cut; the file order still gains from them downstream, 0.9691 without the rule against 0.9721). The
    /// right refusals include the boxing siblings (Rahman against Klitschko) and most are two persons' reports; the
    /// wrong ones many a misread "person" (a foundation, CNN, the Colts, South Asia) and three where both sides were about
    /// one player (Hansbrough), which this spares. tools/many-orders.cs paired against the rule as it was (load 8-14):
    /// seeds 21-60 0.9576 -> 0.9578 (+0.0002, 6 up, 0 down), 61-100 0.9541 -> 0.9542 (+0.0001, 3 up, 0 down); file order
    /// and seeds 1-3 identical (0.9721, 0.9788, 0.9775, 0.9803); the seeds digest the same four stories; `lede bench stories --stop-at 100000
    /// --checkpoint 20000 --checkpoint 100000`: 20k moves 1,601 -> 1,610, opened 2,495 -> 2,494, F1 0.9496 -> 0.9500 (P
    /// 0.9524 -> 0.9526, R 0.9469 -> 0.9474); 100k moves 5,146 -> 5,079, opened 11,183 -> 11,178, F1 0.96044 -> 0.96037
    /// (P 0.9612 -> 0.9607, R 0.9597 -> 0.9601). Against main (stories/25, with the two removals of s29-rules): 21-60
    /// 0.9576 -> 0.9578 (9 up, 4 down), 61-100 0.9540 -> 0.9542 (5 up, 3 down).
    /// Tried (same trace and tool), not kept: the rule off, 21-60 +0.0008 (18 up, 8 down), 61-100 +0.0007 (19/7), but file
    /// order 0.9721 -> 0.9691 (R falls: the refused right joins above had led to whole stories); the story's person's
    /// side only (the article's off) 21-60 +0.0007 (18/6), 61-100 +0.0001 (14/8), file order 0.9709; the article's
    /// person's side only +0.0004 (9/2), +0.0003 (7/3), file order 0.9703; the story's side only with the same-person
    /// exemption: the same figures as without it. A misread person (a team, an institution) would need the entities stage to
    /// tell persons better; the rule's refusals there go both ways.
    /// </summary>
    public bool LeadConflictOneReport { get; init; } = true;

    /// <summary>
    /// The share of StoryJoinModel.LeadConflict's weight that the one-report conflict carries (0.4: -0.9): one report's
    /// lead is weaker evidence than all of a story's leads. Measured with `FIT_REPORT=1 FIT_SET=... dotnet run -c Release
    /// tools/fit-story-model.cs` (all topics F1 file order, seeds 1-3; then the dev topics; without it 0.943, 0.943, 0.947,
    /// 0.955, dev 0.926, 0.929, 0.907, 0.924): at 0.4 all 0.944, 0.943, 0.946, 0.955, dev unchanged, and the seeds after
    /// samples/news give EXPECTED.md's four stories from the .txt files and from seeds.jsonl in either line order (after
    /// ECB+'s or copybench's articles they do not: there 002 scores z +2.4 against the visit's story, unchanged). `lede eval
    /// stories ../shared/datasets/ecbplus/stories [--shuffle-seed N]` F1 0.9431, 0.9431, 0.9472, 0.9549 -> 0.9444, 0.9431,
    /// 0.9459, 0.9549 (P 0.968, 0.953, 0.966, 0.970 unchanged; R 0.922, 0.934, 0.927, 0.940); FIT_REPORT=split train
    /// 0.941, 0.931, 0.934, 0.921. `lede bench stories --stop-at 100000 --checkpoint 20000 --checkpoint 100000`: stream
    /// BCubed F1 0.9455 -> 0.9441 at 20k (P 0.960 -> 0.957, 2,036 -> 1,956 repair moves), 0.950 at 100k as before. Tried
    /// first, not kept: the full weight, both directions, without the "said once at most" bound: all 0.945, 0.938, 0.947,
    /// 0.949 (seed 3 P 0.970 -> 0.958), dev file order 0.896; the story's person alone at full weight 0.942, 0.943, 0.949,
    /// 0.950, dev 0.901; the article's person alone 0.942, 0.940, 0.944, 0.949, dev 0.922; both at 0.4 without the bound on
    /// the report's side 0.944, 0.946, 0.946, 0.954 but dev file order 0.922; LeadConflictMinMembers 1 (the ordinary rule on
    /// one lead) 0.939, 0.935, 0.948, 0.950, dev 0.895. A words cosine without the article's names' stems as a feature
    /// (FIT_SET Model.Words=4.354 plus 3 on it): 0.938, 0.933, 0.945, 0.951, dev 0.893, 0.912, 0.908, 0.929, and the seeds
    /// unchanged (the troop report's share of words carried by names, 31 %, is no higher than the two visit reports', 33 %);
    /// on ECB+ the logistic fit gives those non-name words -4.1 (same-type events share them). The headline's words
    /// without names in place of the title cosine (the logistic fit gave them +3.9 and the title -0.5): 0.937, 0.945,
    /// 0.934, 0.949, dev 0.926, 0.898, 0.924, 0.916.
    /// Re-checked at stories/28 (EntityReader's IsPerson: names ending in a body's word or holding "of" are no persons;
    /// `dotnet run -c Release tools/many-orders.cs 21-100 "" VARIANT`, paired against the default 0.9562): 0.3 +0.0003
    /// (9 orders up, 2 down) but file order 0.9721 -> 0.9709 and seeds 0-20 -0.0002 (2 up, 3 down); LeadConflictOneReport
    /// false +0.0005 (22 up, 13 down) but file order 0.9691 still; SubjectMergeMinScore null -0.0004 (5 up, 17 down);
    /// Model.SubjectConflict -4.5 (from -3.4) 0.0000. On a reading with commas ending names and plurals after "the" no
    /// persons as well (not taken, see EntityReader.IsPerson): 0.3 +0.0003 and false +0.0004 over 21-100, file order 0.9709
    /// and 0.9691.
    /// </summary>
    public double LeadConflictOneReportShare { get; init; } = 0.4;

    /// <summary>How many of the article's closest candidates the subject merge looks at.</summary>
    public int SubjectMergeMaxCandidates { get; init; } = 3;

    /// <summary>The share of each story's members that must be about the shared person.</summary>
    public double SubjectMergeShare { get; init; } = 0.5;

    /// <summary>Whether leads naming weekdays with none in common keep two stories about one person apart.</summary>
    public bool SubjectMergeWeekdays { get; init; } = true;

    /// <summary>
    /// A split is taken back (StoryClusterer.RejoinCheck) when every kept report of its smaller group scores at least
    /// this against the larger group's story by the join model, and neither group names in all its leads a rare name
    /// the other never names: two angles of one event, not two events. Null: off (FIT_SET=SplitRejoinScore= ... tries
    /// values). Every split it takes back on ECB+ (file order and seeds 1-3) was within one event (a death and the dead
    /// man's career, a fire and its cause), its smaller group's reports at z 2.5 to 6.8 against the other, while a true
    /// split of same-type events (two IE patches five years apart) scored 1.2 to 2.0, and the lead-name guard kept the
    /// one that scored 3 to 4.6 (two players of one team, each arrested for drink-driving). At 2.5, `lede eval stories` F1 0.918, 0.931, 0.931, 0.930 (file order, seeds 1-3; was 0.915,
    /// 0.926, 0.931, 0.926), precision unchanged (0.949, 0.950, 0.939, 0.931), recall 0.889, 0.913, 0.924, 0.929 (was
    /// 0.883, 0.903, 0.924, 0.921). FIT_REPORT=split: train 0.924, 0.915, 0.926, 0.911 (was 0.920, 0.918, 0.915,
    /// 0.911); dev unchanged at 0.916, 0.911, 0.903, 0.865 (no split there is taken back). At 2: seed 2 loses (0.923).
    /// `lede bench stories --stop-at 20000`: stream BCubed F1 0.919 (P 0.915, R 0.922; was 0.913: P 0.915, R 0.911),
    /// CPU seconds 40.1 and 37.7 against 41.0 and 37.3 in runs alternated with the baseline: the check runs only
    /// after a split.
    /// Those figures predate the kept members' compact terms; since then the check scored documents without part tables
    /// and never took a split back, until it scored the members' tables rebuilt from their kept terms (stories/8). With
    /// the split check's weekday penalty and set-aside: `lede eval stories` F1 0.925, 0.940, 0.939, 0.942 (file order,
    /// seeds 1-3; without the take-back 0.925, 0.935, 0.935, 0.938), precision unchanged (0.968, 0.957, 0.952, 0.956),
    /// recall 0.886, 0.924, 0.927, 0.929 (was 0.886, 0.914, 0.919, 0.921); FIT_REPORT=split train 0.930, 0.931, 0.931,
    /// 0.921 (was 0.930, 0.932, 0.912, 0.921), dev unchanged (0.926, 0.911, 0.903, 0.904). At 2 or 2.25 dev seed 3 rises
    /// to 0.924 but all topics' seed 2 falls to 0.931 (precision 0.939); at 1.5 seed 2 0.922; at 3 train seed 2 0.929.
    /// `lede bench stories --stop-at 20000`: stream BCubed F1 0.932 (P 0.947, R 0.918; without: 0.926, P 0.949, R 0.903),
    /// process CPU 34.7 s against 39.1 s (load 6-8): fewer repair moves (2,131 against 2,800).
    /// </summary>
    public double? SplitRejoinScore { get; init; } = 2.5;

    /// <summary>
    /// A split is also taken back (StoryClusterer.RejoinCheck, whatever its groups' join scores) when both groups name
    /// event days and some agree, their years not disjoint, and neither group's leads all name a rare name the other
    /// never names (LeadConflict): one event told from two angles (StoryClusterer.SameEventDay). On ECB+ every split
    /// whose groups named an agreeing day was within one event (14 such splits in the split checks' logs over file order and
    /// seeds 1-3, none across two events); most were taken back by their join scores or merged again later, but in
    /// file order a star's rehab (one event, 21 reports) was cut into the clinic she checked into and the one she moved
    /// to, the smaller group's reports at mean join z -0.7 (least -1.1) against the larger (so neither the take-back at
    /// SplitRejoinScore nor the date merge's DateMergeMinZ 0 joins them), then cut again, and ended in five stories.
    /// `lede eval stories ../shared/datasets/ecbplus/stories [--shuffle-seed 1|2|3]`: file order F1 0.9343 -> 0.9431
    /// (R 0.9026 -> 0.9193, P 0.9683 unchanged, ARI 0.9136 -> 0.9305), seeds 1-3 unchanged (0.9431, 0.9472, 0.9549).
    /// FIT_REPORT=split (against FIT_SET=SplitKeepSameDay=false): train file order 0.930 -> 0.943, seeds 1-3 unchanged
    /// (0.934, 0.934, 0.921), dev unchanged (0.926, 0.929, 0.907, 0.924). `lede bench stories --stop-at 20000`: the
    /// same stream (BCubed F1 0.9455, 2,036 repair moves: no split there names one day on both sides). Part of the
    /// take-back: off with it when SplitRejoinScore is null.
    /// Checked and not taken: the same with the smaller group's mean join z at least 0 asked too (no split taken back:
    /// file order 0.9343); a shared subject person instead of a shared day (SharedSubject, the subject merge's test:
    /// file order 0.9365 only); a shared lead name in half of each group's leads (in the split logs it would have kept
    /// 46 right splits whole against 22 wrong ones: ECB+'s same-type events share their subjects).
    /// </summary>
    public bool SplitKeepSameDay { get; init; } = true;

    /// <summary>
    /// When a story cut from another is itself cut, the story it was cut from goes back to one of its parts (the part
    /// that stays first) when every kept report of the smaller of the two scores at least this against the larger by
    /// the join model and neither's leads name someone the other never names (StoryClusterer.SiblingCheck). Null: off.
    /// Why: a story that holds one event and a few reports of a second is often first cut along the wrong seam, some
    /// reports of the first event leaving with the second's; the next cut then parts those two, and the first event's
    /// reports are left in two stories (the Turkmen vote in seed 1: 7 | 3 + 3 of the other vote, the 3 later folded into
    /// the other vote by the merge check). The first cut was made with members that have since left, so the fragment it
    /// left is judged again by the join model's own bar (0: its reports would join; the take-back's SplitRejoinScore 2.5
    /// is for a cut that no later cut has questioned). In the four ECB+ orders it checked 7 pairs: the one right pair at
    /// least z 1.49, the wrong ones at -1.17 to -2.96 (1 takes the same). `lede eval stories
    /// ../shared/datasets/ecbplus/stories [--shuffle-seed N]`: seed 1 F1 0.9478 -> 0.9531 (P 0.9649 -> 0.9698, R 0.9313
    /// -> 0.9369, ARI 0.9386 -> 0.9432); file order and seeds 2, 3 unchanged (0.9536, 0.9530, 0.9538). FIT_REPORT=split:
    /// dev 0.931, 0.933, 0.930, 0.929 and train 0.946, 0.931, 0.933, 0.924 as before (no such pair there). `lede bench
    /// stories --stop-at 100000 --checkpoint 20000 --checkpoint 100000 --json`: stream BCubed F1 at 20k 0.9469 -> 0.9494
    /// (P 0.948 -> 0.957, R 0.946 -> 0.942), at 100k 0.9569 -> 0.9589 (P 0.959 -> 0.967, R 0.955 -> 0.951), repair moves
    /// 4,596 -> 5,038. Did not help the Paris heist in file order (its fragment's least z -2.28: see SplitMinWords).
    /// Lower bars (s17-recall, FIT_REPORT=1 FIT_SET=SplitSiblingScore=..., all topics then dev, file order and seeds 1-3):
    /// -1 the same figures as 0 (all 0.954, 0.953, 0.953, 0.954; dev 0.931, 0.933, 0.930, 0.929); -2.5 all 0.951, 0.946,
    /// 0.953, 0.954 (file P 0.968 -> 0.963, seed 1 P 0.970 -> 0.965), dev seed 1 0.933 -> 0.915.
    /// </summary>
    public double? SplitSiblingScore { get; init; } = 0.0;

    /// <summary>
    /// The date merge (StoryClusterer.DateMergeCheck): a story the article also came close to (join score z at least
    /// this), among the DateMergeMaxCandidates closest, merges into the story it joined when both name event days and
    /// some of them agree within DateMergeDays, neither names in all its leads a rare name the other never names, and
    /// the smaller story's kept reports score DateMergeMinZ on average against the larger by the join model. Null: off
    /// (FIT_SET=DateMergeMinScore=1000 turns it off in the tool).
    /// Why: of the one-event fragments left at the end of the ECB+ replays (file order, seeds 1-3), those the join model
    /// scores close to each other (smaller's reports at mean z 1 to 5 against the larger) were no closer by words, by
    /// the merge check's ratio (0.54-0.74) or by z than the two same-type events of their topics (two IE patches, two
    /// quakes: mean z 2 to 3.3, ratio 0.55-0.86), but those pairs never name agreeing event days (one side names none,
    /// or other days), while one event's fragments often do. Every merge it makes on ECB+ (5, file order and seeds 1-3)
    /// joins fragments of one event. `lede eval stories` F1 0.925, 0.940, 0.939, 0.942 -> 0.929, 0.940, 0.939, 0.948
    /// (recall 0.886, 0.924, 0.927, 0.929 -> 0.892, 0.924, 0.927, 0.940; precision unchanged 0.968, 0.957, 0.951,
    /// 0.957); dev topics unchanged (0.926, 0.911, 0.903, 0.904: no merge there). With DateMergeDays 1 seed 3 gains
    /// less (0.944: one merge that day made, another blocked); DateMergeMinZ 0.5 or 1.5 and the date merge without its year veto gave
    /// the same F1 within 0.002; z -4 for the candidates the same.
    /// DateMergeMinZ then 1 -> 0 (the join model's own bar: the smaller's reports would join the larger on average), the
    /// figures above being at 1: `lede eval stories` F1 0.931, 0.942, 0.939, 0.948, precision still unchanged;
    /// FIT_REPORT=split train 0.930, 0.931, 0.931, 0.921 -> 0.934, 0.931, 0.934, 0.921 (unchanged at z 1: the merges at
    /// z 1 came only with the topics' full mix), dev unchanged. Below 0 (-0.5, -1: 0.931, 0.942, 0.941, 0.950, precision
    /// unchanged) the agreeing day does more of the work, and in a real stream many unrelated events share a day: not taken.
    /// At 0, `lede eval stories` recall 0.896, 0.928, 0.927, 0.940. `lede bench stories --stop-at 20000`: no date merge
    /// on the stream at z 1 or 0 (stream BCubed F1 0.9323 as main, repair moves 2,131 as main); assign_thread_cpu_seconds
    /// 16.4, 12.3 (z 1) and 12.9 (z 0) against main's 15.8, 13.9, alternated, load 15-34. Also tried and not kept: re-scoring a story opened by a near
    /// miss (best p 0.2-0.5) against the story it nearly joined as either grew, merging when every report would now
    /// join: 7 merges in the four orders, 3 of them two events of one topic; seed 1 0.940 -> 0.936.
    /// </summary>
    public double? DateMergeMinScore { get; init; } = -2.0;

    /// <summary>
    /// The score merge (StoryClusterer.ScoreMergeCheck): the least join score z that every kept report of the smaller
    /// of two close stories (a candidate of the arriving article at ScoreMergeMinScore or more, among the
    /// ScoreMergeMaxCandidates closest) must reach against the larger for the two to merge, on the repair schedule,
    /// with neither lead conflict. Null: off. The least report decides, not the mean: one event's fragments and two
    /// same-type events both score a mean z of 0 to 1 against each other, and a mean bar low enough to take in more
    /// fragments takes in same-type events (mean 2.5: `lede eval stories` seed 1 0.940 -> 0.925, seed 3 0.955 -> 0.950).
    /// At 2.0, `lede eval stories ../shared/datasets/ecbplus/stories [--shuffle-seed N]` F1 0.9343, 0.9403, 0.9472,
    /// 0.9549 -> 0.9343, 0.9431, 0.9472, 0.9549 (file order, seeds 1-3; seed 1 R 0.928 -> 0.934, P unchanged 0.953;
    /// ARI 0.925 -> 0.927; the others byte-identical in F1); the dev topics (FIT_REPORT=split's subsets, scratch
    /// replay) 0.926, 0.929, 0.907, 0.904 -> 0.926, 0.929, 0.907, 0.924. At 2.5 the same on all topics but no dev gain;
    /// at 1.5 seed 1 0.9385 (P 0.947); at 1.0 file order 0.932 and seed 1 0.933. `lede bench stories --stop-at 20000
    /// --json`: stream BCubed F1 0.9421 -> 0.9455 (P 0.961 -> 0.9605, R 0.924 -> 0.931), process CPU 28.6, 29.0 s ->
    /// 31.1, 30.0 s, assigning thread 13.2, 13.1 -> 14.5, 13.9 s (alternated with a build of 498b86e, two runs each,
    /// load 10-17): each look rebuilds the smaller story's first report's tables.
    /// Tried for the one-report stories that never rejoin (s14-orphans; eval F1 file order, seeds 1-3, from 0.9343,
    /// 0.9431, 0.9472, 0.9549) and not kept. At the end of the stream most such reports score z -1 to 1.5 against their
    /// event's story (some 0 to 1.2 higher than when they arrived, as the frequencies fill), often with their own
    /// lead's name as the only conflict; but the same-topic other event scores as high: of 128 re-scored near misses
    /// at z -1.5 or more, 75 were the report's event and 53 the other, with like features (means words 0.28 and 0.27,
    /// names 0.21 and 0.19, numbers 0.07 and 0.07). The lead conflict read only from a side of LeadConflictMinMembers
    /// reports or more (a one-report story's lead names its setting too): file order 0.9305 (R 0.903 -> 0.896: one
    /// report of a boxer's second title fight merged into the first fight's story at p 0.96, and the split check then
    /// cut that story in two), seeds unchanged. A late look from the story's side (a story keeps the new stories whose
    /// first report had it as best candidate at z -3 or more and re-scores them on its repair schedule, merging at a
    /// least z of 0 with no lead conflict from the larger): 0.9318, 0.9389, 0.9466, 0.9501 (seed 3 P 0.970 -> 0.956);
    /// at 0.5: 0.9305, 0.9443, 0.9472, 0.9561; at 0.5 with every story's near misses also re-scored each time the
    /// originals seen double: 0.9332, 0.9443, 0.9472, 0.9561 (one or two merges an order: noise, not a rule).
    /// </summary>
    public double? ScoreMergeMinZ { get; init; } = 2.0;

    // Tried and not kept (s17-recall, branch s17-recall c843712, code not merged): an orphan's second look, a one-report
    // story that the joining article also scores at z 1 or more taken into the grown story at z 0 with no lead conflict.
    // `lede eval stories` F1 0.9536, 0.9531, 0.9530, 0.9538 -> 0.9548, 0.9555, 0.9530, 0.9490 (seed 3 P 0.968 -> 0.956:
    // a report taken into a story that already mixed two events), FIT_REPORT=1 dev 0.931, 0.933, 0.930, 0.929 -> 0.931,
    // 0.933, 0.938, 0.934; bench 20k stream F1 0.9494 -> 0.9497. Four merges in four orders, three right.

    /// <summary>
    /// The orphan's second look (StoryClusterer.OrphanCheck): a one-report story that the arriving article scores at
    /// least this, among its OrphanMaxCandidates closest, is scored again against the story the article joined and
    /// taken in at OrphanJoinMinZ or more, neither lead naming someone the other never names (LeadConflict, LeadsDiffer),
    /// unless that story's last split check nearly cut it (OrphanMaxNearGap). Null: off. Why: a report that arrived
    /// before its event's story had its words opens a story of its own, and no merge check takes a lone report in below
    /// ScoreMergeMinZ; a later report that scores both its story and the orphan close is a second vote. s17-recall
    /// (c843712): in the traces of the four ECB+ orders, of the pairs of a joining article and a lone report it also
    /// scored at z 1 or more whose reports still ended apart, 26 were one event's and 8 two events'. Without the
    /// near-cut guard, at 1 (s18-recall, on a671a52): F1 0.9549, 0.9592, 0.9530, 0.9538 -> 0.956, 0.962, 0.953, 0.949
    /// (FIT_REPORT=1; seed 3 P 0.968 -> 0.956: a report right by its event taken into a story that already mixed two,
    /// last split gap 0.338, whose later cut then went wrong), dev 0.931, 0.933, 0.930, 0.929 -> 0.931, 0.933, 0.938,
    /// 0.934. With OrphanMaxNearGap 0.3, at 0 (kept): `lede eval stories ../shared/datasets/ecbplus/stories
    /// [--shuffle-seed N]` F1 0.9549, 0.9592, 0.9530, 0.9538 -> 0.9561, 0.9617, 0.9542, 0.9538 (file order, seeds 1-3;
    /// P unchanged 0.9694, 0.9826, 0.9655, 0.9678; R 0.9408, 0.9369, 0.9408, 0.9401 -> 0.9431, 0.9417, 0.9432, 0.9401;
    /// ARI 0.9446, 0.9546, 0.9408, 0.9468 -> 0.9458, 0.9573, 0.9422, 0.9468); FIT_REPORT=1 dev 0.931, 0.933, 0.930,
    /// 0.929 -> 0.931, 0.933, 0.938, 0.934; `lede bench stories --stop-at 20000` stream F1 0.9494 -> 0.9498 (P 0.9567
    /// -> 0.9567, R 0.9423 -> 0.9430), repair moves 1,579 -> 1,595, stories opened 2,507 -> 2,509 (load 27). At 1 with
    /// the guard: seed 2 0.953 (the rest and dev as at 0); at -0.5: seed 2 0.952 (P 0.963), the rest and dev as at 0;
    /// OrphanMaxCandidates 5: as 3. OrphanJoinMinZ -0.5 (taken in at p 0.38): all topics 0.957, 0.963, 0.954, 0.955 but
    /// dev 0.923, 0.912, 0.938, 0.934 (dev seed 1 P 0.979 -> 0.925): not kept. Earlier (c843712, without the guard):
    /// OrphanLeadConflict false: file order 0.947 (P 0.960).
    /// Fragments of two to four reports taken in the same way, every report at the bar (branch s18-frag, FIT_REPORT=1,
    /// all topics file order, seeds 1-3; dev unchanged in each): up to 2 reports, no change; up to 3, 0.956, 0.956,
    /// 0.955, 0.952 (seed 1 P 0.983 -> 0.970); up to 4, 0.949, 0.949, 0.951, 0.948; up to 4 with z 1 for fragments,
    /// 0.950, 0.956, 0.950, 0.954. Not kept.
    /// A fragment of two to four reports merged when a rare name (Rare(Df)) is in every one of its leads (LeadNames) and
    /// in at least half the story's leads and in no other candidate story's leads, no lead conflict either way, its
    /// reports at mean z 1 against the story, candidates at z -2 or more among the 3 closest (branch s19-recall, code
    /// not merged; FIT_REPORT=1): all topics 0.956, 0.962, 0.954, 0.954 -> 0.956, 0.962, 0.955, 0.954 (`lede eval
    /// stories` seed 2 0.9542 -> 0.9551: P 0.9655 -> 0.9650, R 0.9432 -> 0.9453, its one change a lone report joining
    /// its event inside a story that already mixed two), dev unchanged (0.931, 0.933, 0.938, 0.934); the same at mean
    /// z 0, at candidates' z -4, with 6 candidates; candidates at z 0 or up to 2 reports: no F1 change. The name in
    /// half the fragment's leads instead of all: 0.949, 0.946, 0.954, 0.945 (P 0.960, 0.961, 0.957, 0.965). Not kept:
    /// it never takes in the heist, climber or cable-cut fragments, and ECB+'s same-type events of one topic often
    /// share the rare place (Mt Cook, Ashgabat, Egypt) that one event's fragments share.
    /// OrphanMaxNearGap 0.4 (FIT_SET, s19-recall): all topics 0.956, 0.962, 0.954, 0.949 (seed 3 P 0.968 -> 0.956).
    /// Why the one-report orphans of stories/16 stay out (s20-year: the orphan look's guards logged over the whole ECB+
    /// stream in file order and seeds 1-3, 36 one-report orphans): 24 were never scored at z 0 or more by a later report
    /// of their event (best z -0.25 to -2, or never a candidate: the report shares too few words with its event's
    /// others); 7 were refused on a lead conflict (scored up to z 3.5); 5 were re-scored below OrphanJoinMinZ against the
    /// grown story (z -0.2 to -1.2; one 7 times, at best -0.35). OrphanLeadConflict false
    /// (FIT_REPORT=1): 0.948, 0.965, 0.955, 0.956, dev 0.931, 0.943, 0.947, 0.930 (file order: a report of one boxing
    /// bout's sibling event taken into the other's story, and five more follow it); not kept.
    /// Tried and removed (s25-year, option OrphanConflictPersons): the orphan check's lead conflict counting only a name of
    /// a person the naming side's members are about (StoryClusterer.IsSubjectWord), not a place, a team or an organisation
    /// in every lead: 0 any name, 1 on both sides, 2 on the orphan's side only (the story's leads still conflict on any
    /// name). Why tried (s25-year, the trace's refusal lines, four orders on 35aa90d): of the lead-conflict refusals whose
    /// orphan re-scored at z 0 or more, most were of the story's own event and named a place, an outlet or a misread phrase
    /// ("greek", "wsj", "throughout egypt", "academy awards february", "cell block g", "soviet turkmenistan's"), while the
    /// right ones were the boxing sibling ("rahman" on the story's side, then "wba ibf" on the orphan's, z 2.4 and 3.3),
    /// "super bowl" and "avenue montaigne" (z 0.15, 0.10). tools/replay-orders.sh (F1 all articles file order, seeds 1-3 /
    /// dev; before 0.9708, 0.9738, 0.9734, 0.9653 / 0.9653, 0.9549, 0.9798, 0.9758; load 20-33): 1: 0.9656, 0.9754, 0.9673,
    /// 0.9674 / 0.9653, 0.9599, 0.9798, 0.9805 (file order: the boxing orphan taken in, and 19_ecb's riots then mixed with
    /// the 2010 riot story); 2: 0.9708, 0.9754, 0.9673, 0.9674 / dev as with 1 (seed 2: the cable cut's lone 2008 report
    /// taken into its story, which a 2011 report then joins at p 0.43 instead of opening the 2011 story: the 2011 event
    /// 10/3). Not kept: seed 2 -0.0061 against +0.0016, +0.0021. With 2 only for stories of 3+ kept reports: the same four
    /// figures (the cable cut's report is right where it goes, in its 3-report story: it is the 2011 report, whose lead's
    /// latest year reads 2007, that then joins the wrong story).
    /// </summary>
    public double? OrphanBridgeMinScore { get; init; } = 0.0;

    /// <summary>
    /// Where the repairs tell why they left a move they looked at (the orphan check's refusals, each line led by the
    /// orphan's identity): tools/trace-stories.cs prints them. Null: not told, and nothing is computed for it.
    /// </summary>
    public Action<string>? Trace { get; init; }

    /// <summary>
    /// The member's second look (StoryClusterer.MemberCheck, StoryMembers.cs): a candidate story of the arriving article
    /// scoring at least this, among its MemberMaxCandidates closest, is one the odd member of the story the article
    /// joined may move to (MemberOddRatio), when that member's mean similarity with the candidate's reports is at least
    /// MemberCrossRatio times its mean with its own story's others and it would join the candidate at MemberJoinMinZ.
    /// Null: off. Why: ECB+'s same-type events of one topic leave short reports of one event inside the other's story
    /// (file order: a one-sentence heist report in the other heist's story, cut there by a split with it as the first
    /// member), and neither the split check (a group of one is no group) nor the merges (whole stories) move one report.
    /// s20-mixed, `lede eval stories ../shared/datasets/ecbplus/stories [--shuffle-seed N]` F1 0.9561, 0.9617, 0.9542,
    /// 0.9538 -> 0.9581, 0.9641, 0.9555, 0.9538 (file order, seeds 1-3; P 0.9694, 0.9826, 0.9655, 0.9678 -> 0.9718,
    /// 0.9850, 0.9655, 0.9678; R 0.9431, 0.9417, 0.9432, 0.9401 -> 0.9448, 0.9440, 0.9457, 0.9401; ARI 0.9458, 0.9573,
    /// 0.9422, 0.9468 -> 0.9482, 0.9597, 0.9446, 0.9468); FIT_REPORT=1 dev 0.931, 0.933, 0.938, 0.934 -> 0.931, 0.933,
    /// 0.939, 0.934. `lede bench stories --stop-at 20000 --json`: stream F1 0.9498 -> 0.9508 (P 0.9567 -> 0.9578, R
    /// 0.9430 -> 0.9439), repair moves 1,595 -> 1,643, stories opened 2,509 -> 2,506; update_member 1.22, 1.11 s wall,
    /// 780 B per original; assigning thread CPU 12.3, 11.2 s (base) against 12.6, 11.5 s, alternated, load 10-17. The
    /// members' row sums then read through the spread sum (RowSums) and the candidates' reports against the member's
    /// spread vector (RoughCross), not pairwise: predictions byte-identical (4 orders), bench 20k moves / opened / F1 the
    /// same; update_member 1.81, 1.54 s -> 1.26, 1.37 s, 780 -> 503 B per original (alternated, load 27-43).
    /// Variants (FIT_REPORT=1 FIT_SET=..., all topics file order, seeds 1-3 / dev; base 0.956, 0.962, 0.954, 0.954 /
    /// 0.931, 0.933, 0.938, 0.934), 3 candidates at -2 unless said: MemberJoinMinZ 0, cross ratio 1.0: `lede eval`
    /// 0.9557, 0.9613, 0.9499, 0.9513 (wrong moves at p 0.58-0.67: a report moved from its own event's story, the
    /// arriving article moved out at once); z 2, ratio 1.0: 0.958, 0.962, 0.955, 0.954 / dev seed 1 0.931 (P 0.979 ->
    /// 0.944); z 2, ratio 1.2: 0.958, 0.962, 0.955, 0.954 / 0.931, 0.933, 0.939, 0.934; z 1.5, ratio 1.2: seed 3 0.951;
    /// z 2.5: 0.956, 0.962, 0.954, 0.954 (no move: the heist report scores z 2.02); ratio 1.4: 0.956 in file order; ratio
    /// 1.1 with MemberOddRatio 0.5, or MemberMinMembers 3: as ratio 1.2; 5 candidates at -3 (kept): seed 1 0.962 ->
    /// 0.964. Then (with 5 candidates at -3): MemberOddRatio 0.8 as 0.6; z 1.75: seed 3 0.951; ratio 1.1 (kept): seed 2
    /// 0.955 -> 0.961 (P 0.965 -> 0.980: a heist report moved, after which a story that mixed the two heists, 12 + 11
    /// reports, was cut along them), dev unchanged; ratio 1.0 with 8 candidates at -4: dev seed 1 0.933 -> 0.931 (P 0.979
    /// -> 0.944); 8 candidates at -4 with ratio 1.2: as 5 at -3. With ratio 1.1, `lede eval stories` F1 0.9581, 0.9641,
    /// 0.9614, 0.9538 (P 0.9718, 0.9850, 0.9803, 0.9678; R 0.9448, 0.9440, 0.9432, 0.9401; ARI 0.9482, 0.9597, 0.9572,
    /// 0.9468); FIT_REPORT=1 dev 0.931, 0.933, 0.939, 0.934; bench 20k as at 1.2 (F1 0.9508, moves 1,643, opened 2,506;
    /// update_member 1.51, 5.60 s wall, 505 B per original, assigning thread CPU base 13.3, 11.5 s against 11.7, 13.5 s,
    /// alternated at load 20-36: noise). The moves it makes in the four ECB+ orders (tools/trace-
    /// stories.cs), all right: file order a one-sentence heist report out of the other heist's story; seed 1 a report
    /// out of the other event's story of its topic; seed 2 a rehab report back to its event's other story and two
    /// reports of one heist out of a story that mixed both heists (at p 0.89, 0.91); seed 3 none. A name or number the member says that half the candidate's reports say and no other report of its own
    /// story does, rare over the stream, required as well: 0.956, 0.962, 0.955, 0.954 (at z 2, ratio 1.2; the heist
    /// report's "$137-million" is not the other reports' figure); at z 0-1, ratio 1.0: 0.954-0.956, 0.961, 0.953-0.955,
    /// 0.954. A first version on lead names alone (the member's lead names a rare name most of the candidate's leads name
    /// and no other lead of its story does, its story's leads a rare name it never names): one move in file order, wrong
    /// (0.9529, 0.9583, 0.9470, 0.9515 at z 0): the misplaced reports are one-sentence titles whose only names (Mount
    /// Cook, Paris, Turkmenistan) both events share.
    /// </summary>
    public double? MemberMinScore { get; init; } = -3.0;

    /// <summary>How many of the article's closest candidates the member's second look reads.</summary>
    public int MemberMaxCandidates { get; init; } = 5;

    /// <summary>The least kept reports of a story the member's second look takes a member from (it keeps one fewer).</summary>
    public int MemberMinMembers { get; init; } = 4;

    /// <summary>The join score z the member must reach against the other story to move there (p 0.88: a wide margin).</summary>
    public double MemberJoinMinZ { get; init; } = 2.0;

    /// <summary>
    /// The member's second look reads only a story's odd member: the one least similar on average to the others (the
    /// merge check's vectors), and only when that mean is at most this share of the others' mean with each other.
    /// </summary>
    public double MemberOddRatio { get; init; } = 0.6;

    /// <summary>The odd member's mean similarity with the other story's reports must reach this multiple of its own.</summary>
    public double MemberCrossRatio { get; init; } = 1.1;

    /// <summary>
    /// The join score z the orphan's report must reach against the grown story (0: it would join now). -0.25 (FIT_REPORT=1,
    /// with YearsFromLead; at 0: 0.956, 0.964, 0.954, 0.954, dev 0.931, 0.942, 0.938, 0.943): 0.957, 0.965, 0.954, 0.954,
    /// dev 0.923, 0.947, 0.938, 0.943 (dev file order falls); not kept.
    /// -1 (s28-many): the orphan has already been scored close by a later report of the grown story, so a re-score just
    /// under the join bar is more often its own event's than not. tools/many-orders.cs, BCubed F1 mean over seeds 21-60
    /// with the orphan's side of the lead conflict dropped (see OrphanLeadConflict): 0.9551 -> 0.9576 (+0.0025, se
    /// 0.0006, 32 orders up, 6 down); -0.5: +0.0020 (33 up, 3 down); alone on stories/24 -0.5 +0.0014, -1 +0.0016 (28 up
    /// 5 down). Seeds 61-100 (never tuned on) 0.9521 -> 0.9540 (28 up, 11 down), 13-20 0.9523 -> 0.9536 (6 up, 1 down);
    /// file order, seeds 1-3 0.9708, 0.9754, 0.9753, 0.9772 -> 0.9721, 0.9788, 0.9775, 0.9803 (P 0.9823, 0.9873, 0.9866,
    /// 0.9850; ARI 0.9697, 0.9776, 0.9791, 0.9802). `lede bench stories --stop-at 100000`: 20k moves 1,447 -> 1,601, opened
    /// 2,475 -> 2,495, F1 0.9491 -> 0.9496 (P 0.9524, R 0.9469); 100k moves 4,653 -> 5,146, opened 11,159 -> 11,183, F1
    /// 0.9594 -> 0.9604 (P 0.9612, R 0.9597; stories/24 0.9605).
    /// </summary>
    public double OrphanJoinMinZ { get; init; } = -1;

    /// <summary>
    /// The orphan's second look leaves a lone report apart from a story whose last split check found a cut of at least
    /// this gap (LiveStory.NearSplitGap, below SplitGap, which would have cut it): such a story may already hold two
    /// events, and a report taken in on one side shifts its later cut. In the four ECB+ orders' split checks that left a
    /// story whole, 16 % of those that found no cut of two groups held reports of two events, and 35 % of those with a
    /// gap of 0.3 to 0.4 (41 %, 28 % at 0.30-0.35, 0.35-0.40; 0.25-0.30: 28 %; under 0.25: 13 %). 0.25: as 0.3; 0.35:
    /// seed 3 0.949 again (the mixed story's gap was 0.338); both at OrphanBridgeMinScore 1. On stories/21
    /// (tools/replay-orders.sh, F1 file/seeds 1-3 0.9708/0.9738/0.9698/0.9653), 0.35 and 0.4 alike: seed 1 0.9750, seed 3
    /// 0.9605 (P 0.9765 -> 0.9643), the rest unchanged; the near join reads this bar too.
    /// </summary>
    public double OrphanMaxNearGap { get; init; } = 0.3;

    /// <summary>
    /// The pieces' date look (StoryClusterer.PiecesDateCheck, StoryPieces.cs): the mean join score z that the smaller of
    /// two stories' kept reports must reach against the larger for a date merge when both hold PiecesDateMinMembers kept
    /// reports or more, neither's dated reports mostly name a day the other never names (PiecesDatePrincipal), and
    /// there is no lead conflict either way (LeadConflict, LeadsDiffer). Null: off. The date merge's own bar
    /// (DateMergeMinZ 0) stands for a one-report piece.
    /// Why (s22-pieces): the cable-cut event of ECB+ stays in two pieces of 9 and 4 in every order (0.006-0.009 F1
    /// each); the pieces score each other at mean z -1.2 to -2.7 and merge ratio 0.23-0.34, while the topic's other
    /// event scores them at z -0.1 to -0.4 and ratio 0.43-0.54, but the pieces name the same event day. Replays of
    /// `lede eval stories ../shared/datasets/ecbplus/stories [--shuffle-seed N]` (file order, seeds 1-3) from 0.9620,
    /// 0.9664, 0.9633, 0.9557 (P 0.9823, 0.9873, 0.9890, 0.9765): at -2 with PiecesDateMinMembers 3 (principal 0.5)
    /// 0.9657, 0.9670, 0.9641, 0.9557, P unchanged (every change a cable-cut piece joining: file order 9/4 -> 13, seed 1
    /// 9/4 -> 10/3, seed 2 10/3 -> 11/2); dev topics (FIT_REPORT=1) unchanged, 0.931, 0.942, 0.939, 0.960. At
    /// PiecesDateMinMembers 2: 0.9657, 0.9670, 0.9663, 0.9559 but seed 3 P 0.9765 -> 0.9749, under the eval floor (a
    /// two-report piece joins its event's larger piece, and the member's second look then moves one of its reports into
    /// the other event's story); at -3 the same as -2; at -1 (members 2) 0.9620, 0.9664, 0.9655, 0.9559. Without the principal-day guard
    /// (PiecesDatePrincipal 1.01) at members 3: 0.9657, 0.9670, 0.9641, 0.9535 (seed 3 P 0.9670: the outage's larger
    /// piece folded into the other cable cut's story, which had taken in three of its reports); at members 2 seed 3
    /// 0.9550; PiecesDatePrincipal 0 (any day the other never names refuses): no merge.
    /// `lede bench stories --stop-at 100000 --checkpoint 20000 --checkpoint 100000 --json`: no such merge on the stream
    /// (20k: repair moves 1,651, stories opened 2,504, F1 0.95079; 100k: 5,290, 11,252, F1 0.96019, as main); the date
    /// merge part 0.004 -> 0.007-0.085 s at 20k and 0.028 -> 0.059 s at 100k, 27 -> 55 allocated bytes per original
    /// (load 9-17, A B A B against main 5c5a9a3). Asking instead that half of each side's dated reports
    /// name a day the other names: no merge (the outage's reports name five days). DateMergeMinZ -2 for every date
    /// merge instead: 0.9657, 0.9628, 0.9663, 0.9550 (seed 1: a two-report fragment of another topic's sibling taken in).
    /// Also tried for the pieces and not kept (s22-pieces, code not merged; same replays, from the same figures):
    /// - the merge check's ratio bar at 0.5 for two close stories sharing a rare lead name (a quarter of each side's
    ///   leads) that no other close candidate's leads name: 0.9513 at first (places: Egypt, Athens), with the name asked
    ///   to be a word of both stories' subject persons 0.9598, 0.9443, 0.9607, 0.9506 (the entities' subjects hold
    ///   countries and teams); with both stories' years asked to overlap 0.9620, 0.9664, 0.9633, 0.9525 (the heist's
    ///   pieces name no year); only for the two halves of a remembered cut, also off schedule at z >= 0: 0.9647 (the
    ///   heist's pieces join on "harry winston"), 0.9358, 0.9481, 0.9418: ECB+'s same-type events share their lead
    ///   names (a coach, a country, a company) as often as one event's pieces do, at the same ratios (0.56-0.64);
    /// - the merge check run off schedule when the article scores the other half of a remembered cut at z >= 0:
    ///   0.9620, 0.9581, 0.9587, 0.9557 (it folds back the cuts between same-type events);
    /// - the ratio bar at 0.5 when both stories name years and share one: 0.9579, 0.9664, 0.9633, 0.9525.
    /// </summary>
    public double? PiecesDateMinZ { get; init; } = -2.0;

    /// <summary>See PiecesDateMinZ: the least kept reports of each story.</summary>
    public int PiecesDateMinMembers { get; init; } = 3;

    /// <summary>
    /// See PiecesDateMinZ: a story whose dated reports name one day in this share or more, a day the other story never
    /// names, is not merged by the date look (null: no such guard).
    /// </summary>
    public double? PiecesDatePrincipal { get; init; } = 0.5;

    /// <summary>
    /// The near join (StoryClusterer.JoinsNearBar): an article whose closest story scores it at this z or more, under the
    /// bar 0, joins that story when it holds NearJoinMinReports or more, the runner-up scores NearJoinMargin or more
    /// below, its words and names are near enough (NearJoinMinWords, NearJoinMinNames), no lead, text-date or
    /// title-number conflict stands between them, and the story's last split check did not nearly cut it
    /// (OrphanMaxNearGap). Null: off. Why: most one-report orphans of stories/19 (s23-orphans, traced in file order and
    /// seed 3) came after their event's story had grown and were scored just under the bar by it (z -0.1 to -0.9), with
    /// no other story within 2.7 (the same-type sibling event's story far below); later reports of their event seldom
    /// score them at 0 or more, so the orphan's second look never fires. At -1, words 0.25, names 0.1 (kept): `lede eval
    /// stories ../shared/datasets/ecbplus/stories [--shuffle-seed N]` F1 0.9657, 0.9670, 0.9641, 0.9557 -> 0.9682,
    /// 0.9707, 0.9666, 0.9569 (file order, seeds 1-3; P unchanged: 0.9823, 0.9873, 0.9890, 0.9765; R 0.9496, 0.9476,
    /// 0.9405, 0.9357 -> 0.9544, 0.9547, 0.9452, 0.9380; ARI 0.9647, 0.9680, 0.9678, 0.9547); the dev topics' articles
    /// in those runs unchanged; FIT_REPORT=split dev 0.931, 0.942, 0.939, 0.960 -> 0.941, 0.938, 0.939, 0.960 (seed 1:
    /// a right near join leaves out a bridge, and a merge that folded two pieces of one event no longer happens); train
    /// 0.952, 0.947, 0.935, 0.936 -> 0.957, 0.952, 0.940, 0.942; `lede bench stories --stop-at 20000` stream P/R/F1 0.9582 / 0.9435 /
    /// 0.9508, repair moves 1,651, stories opened 2,504: all unchanged (no near join); at 100,000 F1 0.9602 (main
    /// 0.9602), moves 5,290 -> 5,292, opened 11,252 -> 11,249 (load 2-7). At words 0.2: eval F1 0.9682,
    /// 0.9707, 0.9666, 0.9604 (seed 3 P 0.9788, ARI 0.9587), bench 20k F1 0.9508 (R 0.9436, opened 2,503: one near
    /// join, right), but FIT_REPORT=split dev 0.950, 0.920, 0.944, 0.960 (seed 1 P 0.988 -> 0.930: a right near join
    /// into one coach-firing story lets the merge check fold the same team's other firing's 13 reports into it); not kept for
    /// that dev drop, the lead may weigh it. Again with the dateline titles (s24-near, FIT_SET NearJoinMinWords=0.2):
    /// tools/replay-orders.sh F1 0.9708, 0.9707, 0.9675, 0.9625 -> 0.9708, 0.9707, 0.9675, 0.9660 (seed 3 P 0.9788,
    /// R 0.9535), FIT_REPORT=1 dev 0.941, 0.943, 0.939, 0.960 -> 0.950, 0.924, 0.944, 0.960 (seed 1 P 0.930: the same
    /// firing merge); still not kept, a merge veto for two stories whose leads name different persons might allow it.
    /// Without the words and names floors (the bench's
    /// instances of one event type share numbers and dates but few words: 35 near joins at 20k, 33 wrong): bench 20k
    /// F1 0.9414 (P 0.9421, R 0.9408), moves 1,847, opened 2,454, though ECB+ 0.9694, 0.9707, 0.9685, 0.9580 (dev seed 2
    /// 0.9727); names floor 0.1 alone: bench F1 0.9444 (7 near joins, 6 wrong). At -1.5 with the floors: file order
    /// 0.9606 (P 0.9776, dev 0.9561: a sibling event's first report, which its event's others follow); without the floors
    /// at -0.5: 0.9682, 0.9707, 0.9654, 0.9569. Without the title-number guard at -0.5: seed 3 0.9534 (P 0.9643: a report
    /// joined a story that mixed two same-type events, and the two merged whole).
    /// Rejected, the orphan's late look (s23-orphans, code not kept): a report that opened a story while its closest story
    /// scored it at -1.5 or more, 1.5 (or 2) above the runner-up, remembered by that story, scored again when that story
    /// had grown by 2 (or 1) reports while it stayed alone, taken in at -0.75 (-0.5 with the near join on) if still the
    /// margin above the runner-up: 3 moves in 4 orders, 2 wrong (seed 2 0.9641 -> 0.9596, seed 3 0.9557 -> 0.9522; with
    /// the near join, seed 2 0.9685 -> 0.9640, seed 3 0.9580 -> 0.9545): the orphans mostly come when their event's story
    /// has nearly all its reports, so it rarely grows again, and a sibling event's one report waits as long.
    /// </summary>
    public double? NearJoinMinZ { get; init; } = -1.0;

    // Removed at stories/26 (s29-rules): the young story's guard (StoryYoungJoin.cs, YoungJoinMaxZ 2, YoungJoinMaxReports
    // 1, s26-young). A join at z < 2 into a story of one kept report was refused (the article opened a story) when the
    // story's report named a year and the article none, the article's lead named a weekday no member's lead named while
    // one named another, and no lead name was shared: in the unseen orders' whole-event merges the first wrong decision
    // was such a join by a report naming no year into a young story of the topic's other event (seed 10's undersea-cable
    // topic). Over all 11 orders then (2,646 joins into stories of < 5 reports, 104 into another event's), every one
    // condition alone held on 2-4 right joins per wrong one; the three together at z < 2: 1 right / 4 wrong. ORDERS="0
    // 1 2 3 4 5 6 7 8 9 10" tools/replay-orders.sh at stories/23: only seed 10 moved, 0.9503 -> 0.9589 (P 0.9480 ->
    // 0.9655), seeds 4-10 mean 0.9533 -> 0.9545. Wider forms, rejected then: the three conditions into stories of up to
    // 4 reports, seed 2 0.9753 -> 0.9707 (a refused wrong join let a jewel heist's reports gather in two stories);
    // weekdays disjoint and no shared lead name (no year test, up to 4 reports, z < 1.5), seeds 4-10 mean 0.9537, seed 2
    // 0.9707; a year or day named on one side only and no shared lead name (up to 4, z < 1), mean 0.9526, seed 3 P
    // 0.9853 -> 0.9765 (a refused right join into a young story is rarely repaired). Why it went: it changes nothing
    // outside the one order it was built on. tools/many-orders.cs on stories/25 with FIT_SET YoungJoinMaxZ=null (paired, load
    // 8-14): seeds 21-60 0.9576 -> 0.9576 (0.0000, 2 up 2 down), 61-100 0.9540 -> 0.9539 (-0.0001, 1 up 3 down), 4-20
    // 0.9553 -> 0.9549 (-0.0004, 1 up 1 down: seed 10 0.9634 -> 0.9546, the cable topic it was fitted on, seed 4 0.9496
    // -> 0.9508); file order and seeds 1-3 identical (0.9721, 0.9788, 0.9775, 0.9803); FIT_REPORT=split identical
    // (train 0.959, 0.963, 0.964, 0.946, dev 0.933, 0.961, 0.965, 0.956); `lede bench stories --stop-at 100000
    // --checkpoint 20000 --checkpoint 100000` identical (20k moves 1,601, opened 2,495, F1 0.949643099525443; 100k moves
    // 5,146, opened 11,183, F1 0.9604359425462042): no decision on the dated stream turned on it.
    // Removed with DateMergeYears (below), the code of both gone (stories/26): many-orders paired against stories/25,
    // seeds 21-60 0.9576 -> 0.9576 (+0.0000, 4 up 4 down), 61-100 0.9540 -> 0.9541 (+0.0001, 3 up 3 down); file order,
    // seeds 1-3 and the bench identical; `lede digest ../shared/seeds` prints the same four stories.

    /// <summary>
    /// See NearJoinMinZ: how far under the closest story the runner-up must score. Neighbours on stories/21
    /// (tools/replay-orders.sh, F1 file/seeds 1-3 0.9708/0.9738/0.9698/0.9653): margin 1.5 -> seed 2 0.9636 (P 0.9866 ->
    /// 0.9802), the rest unchanged; NearJoinMinZ -1.2 and NearJoinMinReports 4 change nothing.
    /// </summary>
    public double NearJoinMargin { get; init; } = 2.0;

    /// <summary>See NearJoinMinZ: the least names similarity (StoryFeatures.Names) between the article and the story.</summary>
    public double NearJoinMinNames { get; init; } = 0.1;

    /// <summary>See NearJoinMinZ: the least words similarity (StoryFeatures.Words) between the article and the story.</summary>
    public double NearJoinMinWords { get; init; } = 0.25;

    /// <summary>
    /// See NearJoinMinZ: the words floor (in place of NearJoinMinWords) for an article of NearJoinShortTerms word terms
    /// or fewer: a report that is one sentence (a title, no body) cannot share many words with a grown story's centroid,
    /// however close its event. Why: the climber's title-only reports (s25-recur): "Dr X, 43, is presumed dead after
    /// disappearing off a ridge on Mt Cook on Thursday" (14 word terms) scores its event's story of 5-11 reports at z
    /// -0.83 (seed 2), -0.32 (seed 3) with words 0.18, names 0.20-0.22, the runner-up 2-3 below, and opens a story that a
    /// second title-only report then joins (a 2-report piece in every order). The near join's general floor 0.2 lost dev
    /// seed 1 to a long report (see NearJoinMinZ); the short floor touches only one-sentence reports. At 0.15, 20 terms
    /// (kept): tools/replay-orders.sh F1 0.9708, 0.9738, 0.9698, 0.9653 -> 0.9708, 0.9738, 0.9717, 0.9653 (seed 2 R 0.9535
    /// -> 0.9571, P 0.9866 unchanged: the climber 7/2/1 -> 9/1; dev seed 2 0.9652 -> 0.9727; the other orders' partitions
    /// the same: in file order and seed 1 the lone report's best story is the sibling event's or a one-report story,
    /// in seed 3 the story is mixed and the runner-up within 2); 0.1, 0 (names floor alone), and 0.15 with 30 or 40 terms
    /// the same. FIT_REPORT=split
    /// dev 0.941, 0.943, 0.947, 0.960 -> 0.941, 0.943, 0.951, 0.960, train unchanged (0.957, 0.949, 0.957, 0.945).
    /// `lede bench stories --stop-at 100000 --checkpoint 20000 --checkpoint 100000`: 20k F1 0.9507854593718305, moves
    /// 1,651, opened 2,504; 100k F1 0.9602, moves 5,316, opened 11,249: identical (no bench article is that short).
    /// </summary>
    public double NearJoinShortMinWords { get; init; } = 0.15;

    /// <summary>See NearJoinShortMinWords: the most word terms an article may hold to count as short.</summary>
    public int NearJoinShortTerms { get; init; } = 20;

    /// <summary>See NearJoinMinZ: the reports the closest story must hold (indexed, copies apart).</summary>
    public int NearJoinMinReports { get; init; } = 5;

    /// <summary>
    /// Whether the near join's title-number guard passes by a title that is only a dateline (StoryDocument.
    /// TitleIsDateline: "Saturday, August 24, 2013"): its numbers name no other edition of an event. False: any title
    /// number the story's titles never carry blocks the near join. Why: in seed 3 two reports whose titles were their
    /// datelines scored z -0.46 and -0.60 by their event's story (runner-up under -4.4) and stayed alone. Kept (s24-near):
    /// tools/replay-orders.sh F1 0.9708, 0.9707, 0.9675, 0.9601 -> 0.9708, 0.9707, 0.9675, 0.9625 (file order, seeds 1-3;
    /// seed 3 P 0.9765 unchanged, R 0.9442 -> 0.9489, ARI 0.9614; the dev articles unchanged); FIT_REPORT=split dev 0.941,
    /// 0.938, 0.939, 0.960 -> 0.941, 0.943, 0.939, 0.960, train 0.957, 0.952, 0.940, 0.942 -> 0.957, 0.950, 0.950, 0.942;
    /// `lede bench stories --stop-at 20000` P/R/F1 0.9582 / 0.9435 / 0.9508, moves 1,651, opened 2,504: unchanged.
    /// Rejected: leaving out of the guard every title number that is a date part (beside a month's name, or a year after
    /// such a day), a clock time or a count of days/years, in any title: seed 3 0.9577 (P 0.9643): a report whose
    /// sentence title named "Dec. 11" joined a story mixing two same-type events and the two merged whole.
    /// </summary>
    public bool NearJoinDatelineTitles { get; init; } = true;

    /// <summary>How many of the article's closest candidates the orphan's second look reads.</summary>
    public int OrphanMaxCandidates { get; init; } = 3;

    // Tried and not kept (s25-recur, code not kept): the established story's claim, an article whose best story holds
    // one report while a story of 3+ reports scores it at z >= 0 and at most 0.5 below joins the larger (no lead or
    // text-date conflict, not nearly cut), the orphan check then re-scoring the lone report against it. For the
    // climber's title-only pair (a ridge report joins the lone "presumed dead" report at p 0.92 while the main story
    // scores it 0.91): tools/replay-orders.sh F1 0.9708, 0.9738, 0.9698, 0.9653 -> 0.9670, 0.9748, 0.9695, 0.9653
    // (file order: the larger story was the sibling event's, 23_ecbplus 11 -> 8/3; the lone report still scores the
    // right story at z -2.2, below the orphan check's bar, so it never follows).

    /// <summary>
    /// Whether the orphan's second look leaves it apart when a rare name stands in all the story's leads and the orphan
    /// never names it (LeadConflict, the story's side). The orphan's side (a rare name in the one report's lead that the
    /// story never names) no longer refuses (s28-many): one lead is weak evidence of another event, and its misreads and
    /// outlets' phrases kept reports of the story's own event out. tools/many-orders.cs, BCubed F1 mean over seeds 21-60
    /// (paired against stories/24; load 8-14): 0.9525 -> 0.9551 (+0.0026, se 0.0004, 33 orders up, 5 down); both sides
    /// off 0.9552 (+0.0027) but file order 0.9708 -> 0.9656 (a boxing bout's sibling report taken in, as s24/s25 found);
    /// the story's side off alone 0.9525 (-0.0001, 2 up 4 down) with file order 0.9656 too. File order, seeds 1-3:
    /// 0.9708, 0.9738, 0.9753, 0.9763 -> 0.9708, 0.9754, 0.9753, 0.9772 (ARI 0.9682, 0.9735, 0.9770, 0.9772); seeds 61-100
    /// (never tuned on) 0.9497 -> 0.9521 (29 up, 4 down), 13-20 0.9498 -> 0.9523 (7 up). `lede bench stories --stop-at
    /// 100000`: 20k moves 1,543 -> 1,447, opened 2,502 -> 2,475, F1 0.9512 -> 0.9491 (P 0.9484, R 0.9498); 100k moves
    /// 5,292 -> 4,653, opened 11,247 -> 11,159, F1 0.9605 -> 0.9594 (P 0.9598, R 0.9589).
    /// Its option OrphanConflictNewWords (s26-names; figures kept here) spared on the orphan's side a name that was no
    /// person the orphan is about and said no word the story's names never say (StoryClusterer.SaysNewWord: "throughout
    /// egypt", "academy awards february"): ORDERS="0 1 2 3 4 5 6 7 8 9 10" tools/replay-orders.sh, changed orders only:
    /// seed 3 0.9751 -> 0.9763, 4 0.9360 -> 0.9371, 7 0.9594 -> 0.9640, 8 0.9580 -> 0.9592, 9 0.9594 -> 0.9584, 10 0.9503
    /// -> 0.9514; seeds 4-10 mean 0.9533 -> 0.9543. Its persons-only form (every name that is no such person spared)
    /// lowered the bench stream at 20k (moves 1,543 -> 1,446, opened 2,502 -> 2,474, F1 0.9512 -> 0.9492).
    /// Rejected earlier (s24-near, code not kept), narrower tests for the way from the one-report orphan to the grown
    /// story, for the seed-3 orphans refused on a lead conflict: two or more of the orphan's rare lead names absent from
    /// the story (a full name counts with its words): tools/replay-orders.sh F1 0.9708, 0.9707, 0.9675, 0.9625 -> 0.9708, 0.9707,
    /// 0.9636, 0.9637 (seed 2 P 0.9866 -> 0.9802: a sibling event's one report of the same type taken into the other's
    /// story, and two of its event follow it; seed 3 R 0.9489 -> 0.9513, one orphan in); only full names (phrases)
    /// counting: no change in any order (the refusals there come from a full name, or the other way round).
    /// </summary>
    public bool OrphanLeadConflict { get; init; } = true;

    /// <summary>The join score z a candidate story must reach against the article for the score merge to look at it.</summary>
    public double ScoreMergeMinScore { get; init; } = -2.0;

    /// <summary>How many of the article's closest candidates the score merge looks at.</summary>
    public int ScoreMergeMaxCandidates { get; init; } = 3;

    /// <summary>
    /// The lead-name merge (StoryClusterer.LeadNameMergeCheck): the share of the story's own mean member similarity that
    /// a close candidate's reports must reach (the merge check's MergeRatio, lower) when both stories' leads name one
    /// rare full name (LeadNameMergeMinLeads leads each or more) that is not a person the members are about. Null: off.
    /// Replay (scratch trace of eval's order with FIT_SET; F1 file order, seeds 1-3, then dev; load 4-9): before 0.9657,
    /// 0.9670, 0.9641, 0.9557, dev 0.9653, 0.9549, 0.9652, 0.9647; 0.5 at LeadNameMergeMinZ -2.5: 0.9684, 0.9670, 0.9651,
    /// 0.9589, dev the same (the Paris heist's pieces fold in file order, seeds 2 and 3: 11/4 -> 14/1, 12/3 -> 15; seed 2
    /// 10/5 -> 13/1/1, one report then left in the sibling heist's story). Tried: LeadNameMergeMinZ -1.5: file order
    /// 0.9657 (a report of the heist scores below -1.5 against the other piece); -3.5 the same as -2.5; ratio 0.4 the same as 0.5;
    /// LeadNameMergeMinMembers 2: the same; with a person's name allowed, seed 3 0.9558, dev seed 3 0.9523 (a coach's name
    /// in both of his firings' leads folds the two events, and the split check's undoing of it leaves pieces). Without
    /// the sibling guard (a name another candidate of the article names in a lead) ECB+ is the same, but the bench stream
    /// at 20k loses P 0.9582 -> 0.9380 (F1 0.9508 -> 0.9434; with LeadNameMergeMinShare 0.3 still 0.9501, F1 0.9464: a
    /// law's name, Endangered Species Act, leads several events); with it the 20k stream is unchanged (no merge there), and
    /// at 100k P/R/F1 0.9680/0.9525/0.9602 and stories opened 11,252 unchanged, repair moves 5,290 -> 5,314.
    /// `FIT_REPORT=1` dev topics alone 0.931, 0.942, 0.939, 0.960, unchanged.
    /// </summary>
    public double? LeadNameMergeRatio { get; init; } = 0.5;

    /// <summary>The least join score z the smaller story's kept reports must reach against the larger for a lead-name merge.</summary>
    public double LeadNameMergeMinZ { get; init; } = -2.5;

    /// <summary>Leads of each story that must name the shared name.</summary>
    public int LeadNameMergeMinLeads { get; init; } = 2;

    /// <summary>
    /// The share of each story's kept reports whose leads must name the shared name: a name most of one story's leads
    /// carry and a few of the other's (a kind of accident, a law) is the setting of several events.
    /// </summary>
    public double LeadNameMergeMinShare { get; init; } = 0.3;

    /// <summary>Kept reports each story must have for a lead-name merge.</summary>
    public int LeadNameMergeMinMembers { get; init; } = 3;

    /// <summary>The article's join score z a candidate must have for the lead-name merge to look at it.</summary>
    public double LeadNameMergeMinScore { get; init; } = -2.0;

    /// <summary>How many of the article's closest candidates the lead-name merge looks at.</summary>
    public int LeadNameMergeMaxCandidates { get; init; } = 3;

    /// <summary>How many of the article's closest candidates the date merge looks at.</summary>
    public int DateMergeMaxCandidates { get; init; } = 3;

    /// <summary>Calendar days by which two stories' event days may differ and still agree for the date merge.</summary>
    public int DateMergeDays { get; init; }

    /// <summary>The mean join score z the smaller story's kept reports must reach against the larger for a date merge.</summary>
    public double DateMergeMinZ { get; init; }

    // Removed at stories/26 (s29-rules): DateMergeYears, the date merge's year veto (stories whose named years do not
    // overlap, LiveStory.YearsDisjoint, kept apart by the date merge; the pieces, lead-name and subject merges and the
    // day cut keep theirs). It changes nothing: tools/many-orders.cs on stories/25 with FIT_SET DateMergeYears=false
    // (paired, load 8-14): seeds 21-60 0.9576 -> 0.9576 (0.0000, 2 up 2 down), 61-100 0.9540 -> 0.9542 (+0.0002, 2 up 0
    // down), 4-20 0.9553 -> 0.9551 (-0.0002, 2 up 2 down); file order and seeds 1-3 identical; FIT_REPORT=split
    // identical; `lede bench stories --stop-at 100000 --checkpoint 20000 --checkpoint 100000` identical (20k moves 1,601,
    // opened 2,495, F1 0.949643099525443; 100k moves 5,146, opened 11,183, F1 0.9604359425462042). Two same-type events
    // that name one event day in two years rarely pass the merge's other bars (the smaller's reports at mean z 0 against
    // the larger, a z in which the join model's YearConflict weighs the years). Its earlier figures, on the year veto elsewhere:
    // The same veto in the merge, score merge and subject merge checks (LiveStory.YearsDisjoint; FIT_REPORT=1, all
    // topics file order, seeds 1-3, then dev; before 0.956, 0.962, 0.954, 0.954, dev 0.931, 0.933, 0.938, 0.934): 0.937,
    // 0.946, 0.936, 0.936, dev 0.931, 0.928, 0.929, 0.929 (those checks fold back fragments whose background years
    // differ); with the years read from title and lead alone, 0.951, 0.957, 0.944, 0.943. In the orphan's second look
    // (a lone report refused by a story whose years it does not share): no change in any order. Not kept. No veto
    // would part the seed-3 cable cuts either: the story the 2008 reports fold into names no year (s23-pieces: nor does
    // the member's second look put the 2011 reports there today; a 2011 report whose lead's latest year reads 2007 opens
    // that story and two more 2011 reports join it directly, before the 2008 reports arrive).
    // Tried (s23-pieces) and not kept: the veto waived when the stories' event years (LiveStory.EventYears) overlap, in
    // the date and pieces merges and the split's SameEventDay (the seed-2 office shooting's pieces, 6/5, are years
    // apart only because one report of the verdict a year on names the later year): replay F1 file order, seeds 1-3
    // 0.9657, 0.9670, 0.9641, 0.9557 -> 0.9624, 0.9670, 0.9649, 0.9557 (seed 2: the shooting 6/5 -> 8/3; file order:
    // the date merge folds the rehab story's 15 reports into a 3-report piece, and 3 more end apart, 20/1 -> 17/3/1);
    // dev unchanged but seed 2 0.9652 -> 0.9681. Also in the subject merge: the same.

    /// <summary>
    /// The share of a story's kept reports that must name one year (their leads' latest, StoryDocument.LatestYear) for
    /// its years to set it apart from another story's in the repairs' year veto (LiveStory.YearsDisjoint: the
    /// pieces, lead-name and subject merges and the split's SameEventDay) when they all fall just after the other's
    /// (YearVetoFollowUpYears): a report of the verdict a year on names the later year, and the story it sits in with
    /// reports that name none is the same event's, not one of its own.
    /// tools/replay-orders.sh (F1 all articles file order, seeds 1-3, then dev; load 11-35): before 0.9708, 0.9738,
    /// 0.9698, 0.9653, dev 0.9653, 0.9549, 0.9652, 0.9758; with 0.5 and 1 year: 0.9708, 0.9738, 0.9734, 0.9653, dev
    /// 0.9653, 0.9549, 0.9798, 0.9758 (seed 2: the office shooting's 6/5 pieces fold by the date merge; the other orders'
    /// predictions unchanged). `lede bench stories --stop-at 20000` (load 20-24): repair moves 1,651, stories opened
    /// 2,504, bcubed_f1 0.9507854593718305, as before. Tried and not kept: the share alone (0.5, any years apart): seed 2
    /// 0.9734 but seed 1 0.9694 (25_ecb's 2 reports fold into 25_ecbplus) and seed 3 0.9598 (the split check no longer
    /// cuts a 2010 riot story out of a 2008 one whose reports name 2008 in 2 of 12 leads: SameEventDay keeps it whole).
    /// The follow-up year alone (no share: any story's years waived): the same four figures as with 0.5; the share is
    /// kept so that a story most of whose reports name the next year stays an event of its own.
    /// </summary>
    public double YearVetoMinShare { get; init; } = 0.5;

    /// <summary>
    /// How many years after the other story's latest a story's years may all fall and still be waived by the year
    /// veto when they are not firm (YearVetoMinShare); 0: never waived. A later report of an event names the next year
    /// (a trial, an appeal); background names earlier years, and another event of the same type names any.
    /// </summary>
    public int YearVetoFollowUpYears { get; init; } = 1;

    /// <summary>
    /// An entity's full name counts this many times per mention in the names part, its short forms included (0: the
    /// names part counts only the phrases as written). Off: with the join model fitted without it, FIT_SET=EntityNames=1
    /// cut dev F1 (FIT_REPORT=split) from 0.902, 0.891, 0.923, 0.875 to 0.874, 0.838, 0.862, 0.847; not yet re-fitted with it.
    /// </summary>
    public double EntityNames { get; init; }

    /// <summary>
    /// Whether the featurizer reads the entities stage's record itself when the caller hands it none (the subject
    /// features and EntityNames need it). On since subject_conflict weighs (see StoryJoinModel); FIT_SET=ReadEntities=false
    /// fits or scores without it.
    /// </summary>
    public bool ReadEntities { get; init; } = true;

    // Tried and not merged (branch s22-climber, StoryPersons.cs there): the person's bridge, an article the model would
    // open a new story for (z -2 to 0) joining its best candidate when its lead's full name ends in a rare surname the
    // story's leads name and no other close candidate names. On the pieces' date look's main: `lede eval stories` F1
    // 0.9657, 0.9670, 0.9641, 0.9557 -> 0.9676, 0.9670, 0.9672, 0.9562 (file order, seeds 1-3; the gain is the climber's
    // title-only reports), but the bench stream fell in precision and recall alike (`lede bench stories --stop-at 100000
    // --checkpoint 20000 --checkpoint 100000`: 20k P/R/F1 0.9582/0.9435/0.9508 -> 0.9576/0.9431/0.9503, 100k F1 0.9602 ->
    // 0.9593, moves 5,290 -> 5,396): on a longer stream surnames recur across same-type events and product names pass
    // as persons. The branch's StoryOptions.PersonJoinMinZ comment holds its variants.
    // Ablation on stories/24 (s28-many, tools/many-orders.cs 21-60 with FIT_SET, one option at a time; BCubed F1 mean
    // 0.9525 over seeds 21-60; paired mean difference, orders up/down). Rules off: the date merge (DateMergeMinScore=null)
    // -0.0044 (0/35), the near join -0.0032 (5/34), the orphan check -0.0025 (4/32), the pieces' date look -0.0025
    // (1/26), the actor split -0.0024 (3/14), the split take-back -0.0018 (1/16), the refold limit -0.0012 (3/15),
    // SplitKeepSameDay -0.0010 (2/11), the lead-name merge -0.0008 (0/10), OrphanConflictNewWords -0.0008 (2/24),
    // NearJoinDatelineTitles -0.0008 (2/23), the score merge -0.0006 (2/9), YearVetoFollowUpYears 0 -0.0005 (0/5), the
    // member check -0.0004 (6/13), the refold ratio -0.0003 (8/11), the subject merge -0.0003 (5/6), the day cut -0.0002
    // (0/1); SplitSetAside 0 -0.0051 (4/31), SplitWeekdayPenalty 0 -0.0009 (11/19), no split check -0.0572. No effect
    // or within noise: the young join guard 0.0000 (2/2), the day pieces 0.0000 (0/0), YearsFromLead false (identical
    // in all 40), DateMergeYears false 0.0000 (2/2), MergeLeadConflict false 0.0000 (2/1), MergeSeamAgree null +0.0001
    // (2/1), SubjectMergeWeekdays false +0.0002 (4/1), the sibling check off +0.0004 (3/1). Gains: OrphanLeadConflict
    // false +0.0027 (33/5; taken as its orphan's side only, file order falls otherwise), LeadConflictOneReport false
    // +0.0017 (28/6) but file order 0.9708 -> 0.9678 (and LeadConflictOneReportShare 0.2 +0.0011, file order 0.9678
    // too), Model.LeadConflict 0 +0.0018 (27/11; -0.5 +0.0015, -1 +0.0011, -1.5 +0.0008) with file order 0.9678, seed 2
    // 0.9753 -> 0.9708 at 0 and -0.5. Sweeps: Model.Bias -4.6 +0.0011 (23/15), -4.4 +0.0026 (26/14, not taken: the
    // bench stream lost precision at -4.4 before, see StoryJoinModel), -5.0 -0.0026; MergeRatio 0.6 +0.0002 (21/19),
    // 0.65 +0.0005, 0.75 -0.0025; DateMergeMinZ -0.5 +0.0007 (8/0), -1 +0.0009 (10/2), -1.5 +0.0011 (11/2), 0.5 -0.0008
    // (on stories/25 with OrphanJoinMinZ -1, -1 adds +0.0003 on 21-60: too small to take); PiecesDateMinZ -3 +0.0001,
    // -1 -0.0017; NearJoinMinZ -1.5 0.0000, -0.5 -0.0007; SplitGap 0.35 -0.0011, 0.45 +0.0003; SplitRejoinScore 2
    // -0.0026, 3 -0.0001; OrphanBridgeMinScore -1 0.0000 (13/4); ScoreMergeMinZ 1.5 +0.0005; MemberJoinMinZ 1.5
    // +0.0001; MergeMinScore -3 -0.0002; LeadConflictMinMembers 3 0.0000; DateMergeMinScore -3, DateMergeMaxCandidates
    // 5, OrphanMaxCandidates 5: identical in all 40.
    // On stories/25 (after the two orphan changes) the bias no longer gains: tools/many-orders.cs 21-60, Model.Bias -4.4
    // +0.0005 (20 up, 20 down), -4.6 +0.0005 (22/15); -4.4 on seeds 61-100 with file order and seeds 1-3 +0.0006 (25/18),
    // but file order and seeds 1-3 0.9721, 0.9788, 0.9775, 0.9803 -> 0.9653, 0.9770, 0.9674, 0.9713.
    public StoryJoinModel Model { get; init; } = StoryJoinModel.Default;

    public static StoryOptions Default { get; } = new();
}
