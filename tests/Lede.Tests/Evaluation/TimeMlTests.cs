using Lede.Evaluation;
using Lede.Evaluation.Timex;

namespace Lede.Tests.Evaluation;

public sealed class TimeMlTests
{
    private const string Sample = """
        <?xml version="1.0" ?>
        <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <DOCID>WSJ_0001</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" temporalFunction="false" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
        <TITLE>Title</TITLE>
        <TEXT>
        AT&amp;T <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t3" type="DATE" value="2013-03-22">Friday</TIMEX3> that sales <EVENT eid="e2" class="OCCURRENCE">rose</EVENT> <TIMEX3 tid="t4" type="DURATION" value="P1W">last week</TIMEX3> &lt;b&gt;.
        </TEXT>
        <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t3"/>
        </TimeML>
        """;

    [Fact]
    public void Reads_plain_text_timexes_and_the_dct()
    {
        var doc = TimeMl.Parse(Sample, "wsj.tml");
        Assert.Equal("WSJ_0001", doc.DocId);
        Assert.Equal("2013-03-22", doc.DctValue);
        Assert.Equal("\nAT&T said Friday that sales rose last week <b>.\n", doc.Text);
        Assert.Equal(2, doc.Timexes.Count);
        Assert.Equal(("Friday", "t3", "DATE", "2013-03-22"),
            (doc.TextOf(doc.Timexes[0]), doc.Timexes[0].Tid, doc.Timexes[0].Type, doc.Timexes[0].Value));
        Assert.Equal(("last week", "DURATION", "P1W"),
            (doc.TextOf(doc.Timexes[1]), doc.Timexes[1].Type, doc.Timexes[1].Value));
    }

    [Fact]
    public void Writing_then_reading_keeps_text_timexes_and_dct()
    {
        var doc = TimeMl.Parse(Sample, "wsj.tml");
        var again = TimeMl.Parse(TimeMl.Write(doc), "wsj.tml");
        Assert.Equal(doc.Text, again.Text);
        Assert.Equal(doc.Timexes, again.Timexes);
        Assert.Equal(doc.DctValue, again.DctValue);
        Assert.Equal(doc.DocId, again.DocId);
        Assert.Equal(new TimexCounts(2, 2, 2, 2, 2, 2), TimexScorer.Count(doc, again));
    }

    [Fact]
    public void Every_real_tempeval_file_round_trips()
    {
        var root = Path.Combine(TestPaths.Shared, "datasets", "tempeval3");
        var files = Directory.GetFiles(root, "*.tml", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var doc = TimeMl.Read(file, Path.GetFileName(file));
            var again = TimeMl.Parse(TimeMl.Write(doc), doc.Name);
            Assert.Equal(doc.Text, again.Text);
            Assert.Equal(doc.Timexes, again.Timexes);
        }
    }

    [Fact]
    public void Overlapping_timexes_cannot_be_written()
    {
        var doc = TimeMl.Parse(Sample, "wsj.tml");
        var bad = doc with { Timexes = [new(1, 5, "t1", "DATE", "X"), new(3, 8, "t2", "DATE", "Y")] };
        Assert.Throws<ArgumentException>(() => TimeMl.Write(bad));
    }

    [Fact]
    public void Malformed_files_are_dataset_errors()
    {
        Assert.Throws<EvalDatasetException>(() => TimeMl.Parse("<TimeML><TEXT>a", "x.tml"));
        Assert.Throws<EvalDatasetException>(() => TimeMl.Parse("<TimeML><DOCID>x</DOCID></TimeML>", "x.tml"));
    }
}
