using Caravan.Core;

namespace Caravan.Data.Sources;

/// <summary>
/// Bibliographic references of the shipped data. Peace-science entries follow {peacesciencer}'s
/// ps_bib (shipped as ps_bib.parquet); DOIs are given only where the source metadata states them.
/// </summary>
internal static class References
{
    internal static readonly Citation Miller2022 = new("Miller2022",
        "Miller, Steven V. 2022. \"peacesciencer: An R Package for Quantitative Peace Science Research.\" Conflict Management and Peace Science 39(6): 755-779.");

    internal static readonly Citation Isard = new("MillerIsard",
        "Miller, Steven V. isard (R package, version 0.2.0; data sets for international relations research). https://github.com/svmiller/isard.");

    internal static readonly Citation CowStates2016 = new("COW2017States",
        "Correlates of War Project. 2017. \"State System Membership List, v2016.\" https://correlatesofwar.org.");

    internal static readonly Citation GleditschWard1999 = new("GleditschWard1999",
        "Gleditsch, Kristian S. and Michael D. Ward. 1999. \"A Revised List of Independent States since the Congress of Vienna.\" International Interactions 25(4): 393-413.");

    internal static readonly Citation Maoz2010 = new("Maoz2010",
        "Maoz, Zeev. 2010. Networks of Nations: The Evolution, Structure, and Impact of International Networks, 1816-2001. Cambridge: Cambridge University Press.");

    internal static readonly Citation Singer1972 = new("Singer1972",
        "Singer, J. David, Stuart Bremer and John Stuckey. 1972. \"Capability Distribution, Uncertainty, and Major Power War, 1820-1965.\" In Bruce Russett (ed.), Peace, War, and Numbers, 19-48. Beverly Hills: Sage.");

    internal static readonly Citation Singer1987 = new("Singer1987",
        "Singer, J. David. 1987. \"Reconstructing the Correlates of War Dataset on Material Capabilities of States, 1816-1985.\" International Interactions 14(1): 115-132.");

    internal static readonly Citation Stinnett2002 = new("Stinnett2002",
        "Stinnett, Douglas M., Jaroslav Tir, Philip Schafer, Paul F. Diehl and Charles Gochman. 2002. \"The Correlates of War Project Direct Contiguity Data, Version 3.\" Conflict Management and Peace Science 19(2): 58-66.");

    internal static readonly Citation Schvitz2022 = new("Schvitz2022",
        "Schvitz, Guy, Seraina Rüegger, Luc Girardin, Lars-Erik Cederman, Nils Weidmann and Kristian Skrede Gleditsch. 2022. \"Mapping the International System, 1886-2017: The CShapes 2.0 Dataset.\" Journal of Conflict Resolution 66(1): 144-161.",
        "10.1177/00220027211013563");

    internal static readonly Citation Palmer2022 = new("Palmer2022",
        "Palmer, Glenn, Roseanne W. McManus, Vito D'Orazio, Michael R. Kenwick, Mikaela Karstens, Chase Bloch, Nick Dietrich, Kayla Kahn, Kellan Ritter and Michael J. Soules. 2022. \"The MID5 Dataset, 2011-2014: Procedures, Coding Rules, and Description.\" Conflict Management and Peace Science 39(4).",
        "10.1177/0738894221995743");

    internal static readonly Citation Gibler2016 = new("Gibler2016",
        "Gibler, Douglas M., Steven V. Miller and Erin K. Little. 2016. \"An Analysis of the Militarized Interstate Dispute (MID) Dataset, 1816-2001.\" International Studies Quarterly 60(4): 719-730.");

    internal static readonly Citation SarkeesWayman2010 = new("SarkeesWayman2010",
        "Sarkees, Meredith Reid and Frank Wayman. 2010. Resort to War: 1816-2007. Washington, DC: CQ Press.");

    internal static readonly Citation DixonSarkees2016 = new("DixonSarkees2016",
        "Dixon, Jeffrey and Meredith Reid Sarkees. 2016. A Guide to Intra-State Wars: An Examination of Civil Wars, 1816-2014. Thousand Oaks, CA: Sage.");

    internal static readonly Citation Gleditsch2002 = new("Gleditsch2002",
        "Gleditsch, Nils Petter, Peter Wallensteen, Mikael Eriksson, Margareta Sollenberg and Håvard Strand. 2002. \"Armed Conflict 1946-2001: A New Dataset.\" Journal of Peace Research 39(5): 615-637.");

    internal static readonly Citation Pettersson2019 = new("Pettersson2019",
        "Pettersson, Therése, Stina Högbladh and Magnus Öberg. 2019. \"Organized Violence, 1989-2018 and Peace Agreements.\" Journal of Peace Research 56(4): 589-603.");

    internal static readonly Citation Leeds2002 = new("Leeds2002",
        "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell and Andrew G. Long. 2002. \"Alliance Treaty Obligations and Provisions, 1815-1944.\" International Interactions 28(3): 237-260.");

    internal static readonly Citation Pevehouse2020 = new("Pevehouse2020",
        "Pevehouse, Jon C. W., Timothy Nordstrom, Roseanne W. McManus and Anne Spencer Jamison. 2020. \"Tracking Organizations in the World: The Correlates of War IGO Version 3.0 Datasets.\" Journal of Peace Research 57(3): 492-503.");

    internal static readonly Citation IgoR = new("igoR",
        "Hernangómez, Diego. igoR: Intergovernmental Organizations Database (R package, version 1.0.3). https://github.com/dieghernan/igoR.");

    internal static readonly Citation Marquez2016 = new("Marquez2016",
        "Márquez, Xavier. 2016. \"A Quick Method for Extending the Unified Democracy Scores.\" SSRN, http://ssrn.com/abstract=2753830.");

    internal static readonly Citation Pemstein2010 = new("Pemstein2010",
        "Pemstein, Daniel, Stephen A. Meserve and James Melton. 2010. \"Democratic Compromise: A Latent Variable Analysis of Ten Measures of Regime Type.\" Political Analysis 18(4): 426-449.");

    internal static readonly Citation Coppedge2020 = new("Coppedge2020",
        "Coppedge, Michael, John Gerring, Carl Henrik Knutsen, Staffan I. Lindberg, Jan Teorell, et al. 2020. \"V-Dem Codebook v10.\" Varieties of Democracy (V-Dem) Project.");

    internal static readonly Citation VDem16 = new("VDem16",
        "Varieties of Democracy (V-Dem) Project. V-Dem Dataset, version 16 (electoral democracy index v2x_polyarchy, as distributed in the R package isard 0.2.0). https://v-dem.net.");

    internal static readonly Citation Marshall2017 = new("Marshall2017",
        "Marshall, Monty G., Ted Robert Gurr and Keith Jaggers. 2017. \"Polity IV Project: Political Regime Characteristics and Transitions, 1800-2016.\" Center for Systemic Peace / University of Maryland.");

    internal static readonly Citation Barbieri2009 = new("Barbieri2009",
        "Barbieri, Katherine, Omar M. G. Keshk and Brian Pollins. 2009. \"Trading Data: Evaluating our Assumptions and Coding Rules.\" Conflict Management and Peace Science 26(5): 471-491.");

    internal static readonly Citation BarbieriKeshk2016 = new("BarbieriKeshk2016",
        "Barbieri, Katherine and Omar M. G. Keshk. 2016. Correlates of War Project Trade Data Set Codebook, Version 4.0. https://correlatesofwar.org.");

    internal static readonly Citation ImfDots = new("IMFDOTS",
        "International Monetary Fund. Direction of Trade Statistics (DOTS), annual, US$ millions. Washington, DC: IMF (extract made in 2022; reshaped by github.com/SamLeBlanc/Direction-of-Trade-Map).");

    internal static readonly Citation Fariss2022 = new("Fariss2022",
        "Fariss, Christopher J., Therese Anders, Jonathan N. Markowitz and Miriam Barnum. 2022. \"New Estimates of Over 500 Years of Historic GDP and Population Data.\" Journal of Conflict Resolution 66.");

    internal static readonly Citation Anders2020 = new("Anders2020",
        "Anders, Therese, Christopher J. Fariss and Jonathan N. Markowitz. 2020. \"Bread Before Guns or Butter: Introducing Surplus Domestic Product (SDP).\" International Studies Quarterly 64(2): 392-405.");

    internal static readonly Citation WorldBankWdi = new("WorldBankWDI",
        "World Bank. World Development Indicators. Washington, DC: The World Bank. https://databank.worldbank.org.");

    internal static readonly Citation OwidWdi = new("OWID2025",
        "World Bank (2025), World Development Indicators, processed by Our World in Data (grapher exports downloaded 2025). https://ourworldindata.org.");

    internal static readonly Citation KazBns = new("KazBNS",
        "Bureau of National Statistics of the Agency for Strategic Planning and Reforms of the Republic of Kazakhstan. Main indicators of foreign trade of the Republic of Kazakhstan (by country), annual workbooks 2019-2023 (accessed Nov-Dec 2024 via github.com/mary-lev/eu-export-sanctions).");

    internal static readonly Citation KgzNsc = new("KgzNSC",
        "National Statistical Committee of the Kyrgyz Republic. Tables 4.03.00.18 and 4.03.00.20: Geographic distribution of exports / imports of goods, 1994-2023 (accessed Nov-Dec 2024 via github.com/mary-lev/eu-export-sanctions).");

    internal static readonly Citation UzbStat = new("UzbStat",
        "Statistics Agency under the President of the Republic of Uzbekistan. Foreign trade by country, SDMX open-data tables 1105 (exports) and 1176 (imports), 2010-2023 (accessed Nov-Dec 2024 via github.com/mary-lev/eu-export-sanctions).");

    internal static readonly Citation Wits = new("WITS",
        "World Bank, World Integrated Trade Solution (WITS); United Nations, UN Comtrade database. Kazakhstan-reported trade with China by HS 2012 4-digit product, 2015-2024.");

    internal static readonly Citation Wiiw = new("wiiwFDI",
        "The Vienna Institute for International Economic Studies (wiiw). wiiw FDI Database: Kazakhstan, FDI by partner (primary source: National Bank of Kazakhstan).");

    internal static readonly Citation Unctad2014 = new("UNCTAD2014",
        "UNCTAD. 2014. Bilateral FDI Statistics 2014: country fact sheets, Table 1, FDI flows in the host economy by geographical origin. Geneva: UNCTAD (unctad.org).");

    internal static readonly Citation Custer2023 = new("Custer2023",
        "Custer, S., A. Dreher, T.-B. Elston, B. Escobar, R. Fedorochko, A. Fuchs, S. Ghose, J. Lin, A. Malik, B. C. Parks, K. Solomon, A. Strange, M. J. Tierney, L. Vlasova, K. Walsh and J. Zimmerman. 2023. Tracking Chinese Development Finance: An Application of AidData's TUFF 3.0 Methodology. Williamsburg, VA: AidData at William & Mary.");

    internal static readonly Citation OdaData = new("odadata",
        "Williams, Miles D. odadata (R package; state-year aggregates of AidData GCDF 3.0). https://github.com/milesdwilliams15/odadata.");

    internal static readonly Citation AidDataViz = new("aiddataviz",
        "Teal Insights. aiddataviz (R package; country commitments from AidData GCDF 3.0 with IMF WEO 2024 covariates). https://github.com/Teal-Insights/aiddataviz.");

    internal static readonly Citation AeiCgit = new("AEI2021",
        "American Enterprise Institute and The Heritage Foundation. 2022. China Global Investment Tracker, Fall 2021 edition (updated 2022-02-21), Dataset 1: investments. Derek Scissors. https://www.aei.org/china-global-investment-tracker/.");

    internal static readonly Citation GemGas = new("GEM2024Gas",
        "Global Energy Monitor. 2024. Global Gas Infrastructure Tracker (Asia gas tracker map extract, May 2024). https://globalenergymonitor.org.");

    internal static readonly Citation GemOil = new("GEM2024Oil",
        "Global Energy Monitor. 2024. Global Oil Infrastructure Tracker (map extract, June 2024). https://globalenergymonitor.org.");

    internal static readonly Citation Boschee2015 = new("Boschee2015",
        "Boschee, Elizabeth, Jennifer Lautenschlager, Sean O'Brien, Steve Shellman, James Starz and Michael Ward. 2015. \"ICEWS Coded Event Data.\" Harvard Dataverse.",
        "10.7910/DVN/28075");

    internal static readonly Citation Netify = new("netify",
        "Dorff, Cassy and Shahryar Minhas. netify (R package, version 1.5.3; data object icews). https://github.com/netify-dev/netify.");

    internal static readonly Citation IcewsPackage = new("icewsR",
        "Beger, Andreas. icews (R package, version 1.0.3: ICEWS event data helpers, CAMEO codebook and Goldstein mappings). https://github.com/andybega/icews.");

    internal static readonly Citation Leetaru2013 = new("Leetaru2013",
        "Leetaru, Kalev and Philip A. Schrodt. 2013. \"GDELT: Global Data on Events, Location, and Tone, 1979-2012.\" Paper presented at the International Studies Association Annual Convention, San Francisco.");

    internal static readonly Citation GdeltGraph = new("gdeltgraph",
        "gzemo. gdelt-graph-data: daily GDELT 2.0 country-by-country networks (GPL-3). https://github.com/gzemo/gdelt-graph-data.");

    internal static readonly Citation Goldstein1992 = new("Goldstein1992",
        "Goldstein, Joshua S. 1992. \"A Conflict-Cooperation Scale for WEIS Events Data.\" Journal of Conflict Resolution 36(2): 369-385.");

    internal static readonly Citation ThompsonDreyer2012 = new("ThompsonDreyer2012",
        "Thompson, William R. and David R. Dreyer. 2012. Handbook of International Rivalries, 1494-2010. Washington, DC: CQ Press.");

    internal static readonly Citation Thompson2022 = new("Thompson2022",
        "Thompson, William R., Kentaro Sakuwa and Prashant Hosur Suhas. 2022. Analyzing Strategic Rivalries in World Politics: Types of Rivalry, Regional Variation, and Escalation/De-escalation. Singapore: Springer.");

    internal static readonly Citation MillerTerritorialThreat = new("MillerTerrThreat",
        "Miller, Steven V. 2022. Latent estimates of external territorial threat by state-year, 1816-2010 (data object terrthreat of the R package peacesciencer; see Miller 2022, Conflict Management and Peace Science 39(6)).");

    internal static readonly Citation Goemans2009 = new("Goemans2009",
        "Goemans, Henk E., Kristian Skrede Gleditsch and Giacomo Chiozza. 2009. \"Introducing Archigos: A Dataset of Political Leaders.\" Journal of Peace Research 46(2): 269-283.");
}
