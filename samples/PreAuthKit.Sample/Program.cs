using PreAuthKit.Sample;

return await SampleApp.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
