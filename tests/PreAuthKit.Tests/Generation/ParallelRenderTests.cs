using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Generation;

public class ParallelRenderTests
{
    [Test]
    public async Task Sixteen_parallel_renders_equal_the_sequential_ones_byte_for_byte()
    {
        var generator = TestCases.Generator();
        var preauth = TestCases.BurnScarForearm();
        var appeal = AppealCases.Sample();
        Task<RenderedDocument> Render(int i) => i % 2 == 0 ? generator.RenderPreAuthorizationAsync(preauth) : generator.RenderAppealAsync(appeal);

        var sequential = new List<byte[]>();
        for (var i = 0; i < 16; i++)
        {
            sequential.Add((await Render(i)).Pdf.ToArray());
        }

        var parallel = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => Render(i))));

        for (var i = 0; i < 16; i++)
        {
            Assert.That(parallel[i].Pdf.ToArray(), Is.EqualTo(sequential[i]), $"render {i}");
        }

        Assert.That(sequential[0], Is.Not.EqualTo(sequential[1]), "the two documents differ");
    }
}
