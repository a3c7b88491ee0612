using Caravan.DataBuild;

try
{
    var options = BuildOptions.Parse(args);
    if (options.Query is not null)
    {
        QueryRunner.Run(options);
    }
    else
    {
        DataBuilder.Run(options);
    }

    return 0;
}
catch (BuildException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
