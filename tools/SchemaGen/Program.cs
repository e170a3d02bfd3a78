using KubeLint.SchemaGen;

// Usage: dotnet run --project tools/SchemaGen -- ../shared schemas
//        dotnet run --project tools/SchemaGen -- merge-keys ../shared schemas
if (args.Length == 3 && args[0] == "merge-keys")
{
    Console.WriteLine(MergeKeyTableGenerator.Generate(args[1], args[2]));
    return 0;
}

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: SchemaGen [merge-keys] SHARED_DIR SCHEMAS_DIR   (e.g. ../shared schemas)");
    return 2;
}

var clock = System.Diagnostics.Stopwatch.StartNew();
var summary = ApiTableGenerator.Generate(args[0], args[1]);
Console.WriteLine($"{summary} in {clock.ElapsedMilliseconds} ms");
return 0;
