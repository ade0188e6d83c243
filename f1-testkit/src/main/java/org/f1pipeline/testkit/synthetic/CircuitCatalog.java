package org.f1pipeline.testkit.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The circuits the synthetic calendars draw from (real ids, names and rough geography). */
final class CircuitCatalog {
    // id|name|locality|country|lat|long|wiki|km|laps|lapMs|gmtMin|hour|key|short|ccode|ckey|cname|gp|type|from|to|slot
    private static final String[] ROWS = {
        "bahrain|Bahrain International Circuit|Sakhir|Bahrain|26.0325|50.5106|Bahrain_International_Circuit|5.412|57|96000|180|18|63|Sakhir|BRN|36|Bahrain|Bahrain Grand Prix|Permanent|2004|2026|0305",
        "jeddah|Jeddah Corniche Circuit|Jeddah|Saudi Arabia|21.6319|39.1044|Jeddah_Street_Circuit|6.174|50|92000|180|20|149|Jeddah|KSA|153|Saudi Arabia|Saudi Arabian Grand Prix|Temporary - Street|2021|2026|0319",
        "albert_park|Albert Park Grand Prix Circuit|Melbourne|Australia|-37.8497|144.968|Albert_Park_Circuit|5.278|58|82000|660|15|10|Melbourne|AUS|5|Australia|Australian Grand Prix|Temporary - Street|1996|2026|0316",
        "suzuka|Suzuka Circuit|Suzuka|Japan|34.8431|136.541|Suzuka_International_Racing_Course|5.807|53|95000|540|14|46|Suzuka|JPN|4|Japan|Japanese Grand Prix|Permanent|1987|2026|1006",
        "shanghai|Shanghai International Circuit|Shanghai|China|31.3389|121.22|Shanghai_International_Circuit|5.451|56|98000|480|15|49|Shanghai|CHN|53|China|Chinese Grand Prix|Permanent|2004|2026|0420",
        "miami|Miami International Autodrome|Miami|USA|25.9581|-80.2389|Miami_International_Autodrome|5.412|57|92000|-240|16|151|Miami|USA|19|United States|Miami Grand Prix|Temporary - Street|2022|2026|0505",
        "imola|Autodromo Enzo e Dino Ferrari|Imola|Italy|44.3439|11.7167|Imola_Circuit|4.909|63|80000|120|15|6|Imola|ITA|13|Italy|Emilia Romagna Grand Prix|Permanent|1980|2025|0424",
        "monaco|Circuit de Monaco|Monte-Carlo|Monaco|43.7347|7.42056|Circuit_de_Monaco|3.337|78|76000|120|15|22|Monte Carlo|MON|114|Monaco|Monaco Grand Prix|Temporary - Street|1950|2026|0526",
        "villeneuve|Circuit Gilles Villeneuve|Montreal|Canada|45.5|-73.5228|Circuit_Gilles_Villeneuve|4.361|70|77000|-240|14|23|Montreal|CAN|46|Canada|Canadian Grand Prix|Temporary - Street|1978|2026|0612",
        "catalunya|Circuit de Barcelona-Catalunya|Montmeló|Spain|41.57|2.26111|Circuit_de_Barcelona-Catalunya|4.657|66|80000|120|15|15|Catalunya|ESP|1|Spain|Spanish Grand Prix|Permanent|1991|2026|0512",
        "red_bull_ring|Red Bull Ring|Spielberg|Austria|47.2197|14.7647|Red_Bull_Ring|4.318|71|69000|120|15|19|Spielberg|AUT|17|Austria|Austrian Grand Prix|Permanent|2014|2026|0630",
        "silverstone|Silverstone Circuit|Silverstone|UK|52.0786|-1.01694|Silverstone_Circuit|5.891|52|91000|60|15|2|Silverstone|GBR|2|United Kingdom|British Grand Prix|Permanent|1950|2026|0707",
        "hungaroring|Hungaroring|Budapest|Hungary|47.5789|19.2486|Hungaroring|4.381|70|81000|120|15|4|Hungaroring|HUN|12|Hungary|Hungarian Grand Prix|Permanent|1986|2026|0721",
        "spa|Circuit de Spa-Francorchamps|Spa|Belgium|50.4372|5.97139|Circuit_de_Spa-Francorchamps|7.004|44|108000|120|15|7|Spa-Francorchamps|BEL|16|Belgium|Belgian Grand Prix|Permanent|1950|2026|0828",
        "zandvoort|Circuit Park Zandvoort|Zandvoort|Netherlands|52.3888|4.54092|Circuit_Zandvoort|4.259|72|75000|120|15|55|Zandvoort|NED|34|Netherlands|Dutch Grand Prix|Permanent|1952|2026|0904",
        "monza|Autodromo Nazionale di Monza|Monza|Italy|45.6156|9.28111|Autodromo_Nazionale_Monza|5.793|53|85000|120|15|39|Monza|ITA|13|Italy|Italian Grand Prix|Permanent|1950|2026|0911",
        "baku|Baku City Circuit|Baku|Azerbaijan|40.3725|49.8533|Baku_City_Circuit|6.003|51|106000|240|15|144|Baku|AZE|30|Azerbaijan|Azerbaijan Grand Prix|Temporary - Street|2016|2026|0608",
        "marina_bay|Marina Bay Street Circuit|Marina Bay|Singapore|1.2914|103.864|Marina_Bay_Street_Circuit|4.94|62|98000|480|20|61|Singapore|SGP|157|Singapore|Singapore Grand Prix|Temporary - Street|2008|2026|0922",
        "americas|Circuit of the Americas|Austin|USA|30.1328|-97.6411|Circuit_of_the_Americas|5.513|56|99000|-300|14|9|Austin|USA|19|United States|United States Grand Prix|Permanent|2012|2026|1022",
        "rodriguez|Autódromo Hermanos Rodríguez|Mexico City|Mexico|19.4042|-99.0907|Autódromo_Hermanos_Rodríguez|4.304|71|81000|-360|14|65|Mexico City|MEX|8|Mexico|Mexico City Grand Prix|Permanent|1963|2026|1029",
        "interlagos|Autódromo José Carlos Pace|São Paulo|Brazil|-23.7036|-46.6997|Autódromo_José_Carlos_Pace|4.309|71|74000|-180|14|14|Interlagos|BRA|10|Brazil|São Paulo Grand Prix|Permanent|1973|2026|1105",
        "vegas|Las Vegas Strip Street Circuit|Las Vegas|USA|36.1147|-115.173|Las_Vegas_Grand_Prix|6.201|50|97000|-480|22|152|Las Vegas|USA|19|United States|Las Vegas Grand Prix|Temporary - Street|2023|2026|1119",
        "losail|Losail International Circuit|Lusail|Qatar|25.49|51.4542|Losail_International_Circuit|5.419|57|86000|180|19|150|Lusail|QAT|110|Qatar|Qatar Grand Prix|Permanent|2021|2026|1126",
        "yas_marina|Yas Marina Circuit|Abu Dhabi|UAE|24.4672|54.6031|Yas_Marina_Circuit|5.281|58|88000|240|17|70|Yas Marina Circuit|UAE|21|United Arab Emirates|Abu Dhabi Grand Prix|Permanent|2009|2026|1203",
        "madring|Madring|Madrid|Spain|40.4637|-3.6158|Madring|5.474|57|92000|120|15|200|Madrid|ESP|1|Spain|Spanish Grand Prix|Temporary - Street|2026|2026|0913",
        "portimao|Autódromo Internacional do Algarve|Portimão|Portugal|37.227|-8.6267|Algarve_International_Circuit|4.653|66|82000|60|15|75|Portimao|POR|72|Portugal|Portuguese Grand Prix|Permanent|2020|2021|0502",
        "ricard|Circuit Paul Ricard|Le Castellet|France|43.2506|5.79167|Circuit_Paul_Ricard|5.842|53|96000|120|15|34|Le Castellet|FRA|24|France|French Grand Prix|Permanent|1971|2022|0622",
        "sochi|Sochi Autodrom|Sochi|Russia|43.4057|39.9578|Sochi_Autodrom|5.848|53|98000|180|14|79|Sochi|RUS|65|Russia|Russian Grand Prix|Permanent|2014|2021|0926",
        "istanbul|Istanbul Park|Istanbul|Turkey|40.9517|29.405|Istanbul_Park|5.338|58|90000|180|15|76|Istanbul|TUR|66|Turkey|Turkish Grand Prix|Permanent|2005|2011|0827",
        "sepang|Sepang International Circuit|Kuala Lumpur|Malaysia|2.76083|101.738|Sepang_International_Circuit|5.543|56|99000|480|15|80|Sepang|MAS|67|Malaysia|Malaysian Grand Prix|Permanent|1999|2017|0330",
        "hockenheimring|Hockenheimring|Hockenheim|Germany|49.3278|8.56583|Hockenheimring|4.574|67|78000|120|15|81|Hockenheim|GER|68|Germany|German Grand Prix|Permanent|1970|2019|0728",
        "nurburgring|Nürburgring|Nürburg|Germany|50.3356|6.9475|Nürburgring|5.148|60|90000|120|14|82|Nurburgring|GER|68|Germany|German Grand Prix|Permanent|1951|2013|0804",
        "magny_cours|Circuit de Nevers Magny-Cours|Magny Cours|France|46.8642|3.16361|Circuit_de_Nevers_Magny-Cours|4.411|70|77000|120|14|83|Magny-Cours|FRA|24|France|French Grand Prix|Permanent|1991|2008|0701",
        "indianapolis|Indianapolis Motor Speedway|Indianapolis|USA|39.795|-86.2347|Indianapolis_Motor_Speedway|4.192|73|72000|-300|13|84|Indianapolis|USA|19|United States|United States Grand Prix|Permanent|2000|2007|0619",
        "valencia|Valencia Street Circuit|Valencia|Spain|39.4589|-0.331667|Valencia_Street_Circuit|5.419|57|100000|120|14|85|Valencia|ESP|1|Spain|European Grand Prix|Temporary - Street|2008|2012|0624",
        "yeongam|Korean International Circuit|Yeongam County|Korea|34.7333|126.417|Korean_International_Circuit|5.615|55|102000|540|15|86|Yeongam|KOR|69|Korea|Korean Grand Prix|Permanent|2010|2013|1014",
        "buddh|Buddh International Circuit|Uttar Pradesh|India|28.3487|77.5331|Buddh_International_Circuit|5.125|60|90000|330|15|87|Buddh|IND|70|India|Indian Grand Prix|Permanent|2011|2013|1027",
        "fuji|Fuji Speedway|Oyama|Japan|35.3717|138.927|Fuji_Speedway|4.563|67|82000|540|13|88|Fuji|JPN|4|Japan|Japanese Grand Prix|Permanent|1976|2008|0930",
        "estoril|Autódromo do Estoril|Estoril|Portugal|38.7506|-9.39417|Circuito_do_Estoril|4.36|71|80000|60|14|89|Estoril|POR|72|Portugal|Portuguese Grand Prix|Permanent|1984|1996|0922",
        "adelaide|Adelaide Street Circuit|Adelaide|Australia|-34.9272|138.617|Adelaide_Street_Circuit|3.78|78|77000|630|14|90|Adelaide|AUS|5|Australia|Australian Grand Prix|Temporary - Street|1985|1995|1110",
        "jerez|Circuito de Jerez|Jerez de la Frontera|Spain|36.7083|-6.03417|Circuito_Permanente_de_Jerez|4.428|69|83000|120|14|91|Jerez|ESP|1|Spain|Spanish Grand Prix|Permanent|1986|1997|0413",
        "kyalami|Kyalami|Midrand|South Africa|-25.9894|28.0767|Kyalami_Grand_Prix_Circuit|4.261|72|78000|120|14|92|Kyalami|RSA|71|South Africa|South African Grand Prix|Permanent|1967|1993|0305",
        "jacarepagua|Autódromo Internacional Nelson Piquet|Rio de Janeiro|Brazil|-22.9756|-43.395|Autódromo_Internacional_Nelson_Piquet|5.031|61|90000|-180|14|93|Jacarepagua|BRA|10|Brazil|Brazilian Grand Prix|Permanent|1978|1989|0325",
        "long_beach|Long Beach|California|USA|33.7651|-118.189|Long_Beach,_California|3.275|75|80000|-480|13|94|Long Beach|USA|19|United States|United States Grand Prix West|Temporary - Street|1976|1983|0403",
        "detroit|Detroit Street Circuit|Detroit|USA|42.3298|-83.0401|Detroit_street_circuit|4.0|63|100000|-300|13|95|Detroit|USA|19|United States|Detroit Grand Prix|Temporary - Street|1982|1988|0619",
        "brands_hatch|Brands Hatch|Kent|UK|51.3569|0.263056|Brands_Hatch|4.206|76|80000|60|14|96|Brands Hatch|GBR|2|United Kingdom|British Grand Prix|Permanent|1964|1986|0714",
        "zolder|Zolder|Heusden-Zolder|Belgium|50.9894|5.25694|Zolder|4.262|70|82000|120|14|97|Zolder|BEL|16|Belgium|Belgian Grand Prix|Permanent|1973|1984|0515",
        "osterreichring|A1-Ring|Spielberg|Austria|47.2197|14.7647|A1-Ring|5.942|54|95000|120|14|98|Zeltweg|AUT|17|Austria|Austrian Grand Prix|Permanent|1970|1987|0815",
        "watkins_glen|Watkins Glen|New York State|USA|42.3369|-76.9272|Watkins_Glen_International|5.435|59|100000|-300|14|99|Watkins Glen|USA|19|United States|United States Grand Prix|Permanent|1961|1980|1005",
        "galvez|Autódromo Juan y Oscar Gálvez|Buenos Aires|Argentina|-34.6943|-58.4593|Autódromo_Oscar_Alfredo_Gálvez|3.912|72|100000|-180|15|100|Buenos Aires|ARG|73|Argentina|Argentine Grand Prix|Permanent|1953|1998|0118",
        "reims|Reims-Gueux|Reims|France|49.2542|3.93083|Reims-Gueux|8.302|50|110000|120|14|101|Reims|FRA|24|France|French Grand Prix|Permanent|1950|1966|0702",
        "rouen|Rouen-Les-Essarts|Rouen|France|49.3306|1.00458|Rouen-Les-Essarts|6.542|60|110000|120|14|102|Rouen|FRA|24|France|French Grand Prix|Permanent|1952|1968|0708",
        "bremgarten|Circuit Bremgarten|Bern|Switzerland|46.9589|7.40194|Circuit_Bremgarten|7.28|50|110000|120|14|103|Bremgarten|SUI|74|Switzerland|Swiss Grand Prix|Permanent|1950|1954|0604",
        "pedralbes|Circuit de Pedralbes|Barcelona|Spain|41.3903|2.11667|Pedralbes_Circuit|6.316|70|108000|120|14|104|Pedralbes|ESP|1|Spain|Spanish Grand Prix|Temporary - Street|1950|1954|1024",
        "aintree|Aintree|Liverpool|UK|53.4769|-2.94056|Aintree_Motor_Racing_Circuit|4.828|75|110000|60|14|105|Aintree|GBR|2|United Kingdom|British Grand Prix|Permanent|1955|1962|0716",
        "ain-diab|Ain Diab|Casablanca|Morocco|33.5786|-7.6875|Ain-Diab_Circuit|7.618|53|110000|0|14|106|Casablanca|MAR|75|Morocco|Moroccan Grand Prix|Temporary - Road|1958|1958|1019",
        "boavista|Circuito da Boavista|Oporto|Portugal|41.1705|-8.67325|Circuito_da_Boavista|7.407|50|110000|60|14|107|Porto|POR|72|Portugal|Portuguese Grand Prix|Temporary - Street|1958|1960|0824",
        "jarama|Jarama|Madrid|Spain|40.6171|-3.58558|Circuito_Permanente_Del_Jarama|3.404|76|85000|120|14|108|Jarama|ESP|1|Spain|Spanish Grand Prix|Permanent|1967|1981|0607",
        "montjuic|Montjuïc|Barcelona|Spain|41.3664|2.15167|Montjuïc_circuit|3.791|75|87000|120|14|109|Montjuic|ESP|1|Spain|Spanish Grand Prix|Temporary - Street|1969|1975|0427",
        "anderstorp|Scandinavian Raceway|Anderstorp|Sweden|57.2653|13.6042|Scandinavian_Raceway|4.031|72|88000|120|14|110|Anderstorp|SWE|76|Sweden|Swedish Grand Prix|Permanent|1973|1978|0617",
        "mosport|Mosport International Raceway|Ontario|Canada|44.0481|-78.6756|Canadian_Tire_Motorsport_Park|3.957|78|80000|-240|14|111|Mosport|CAN|46|Canada|Canadian Grand Prix|Permanent|1967|1977|0926",
        "charade|Charade Circuit|Clermont-Ferrand|France|45.7472|3.03889|Charade_Circuit|8.055|44|110000|120|14|112|Charade|FRA|24|France|French Grand Prix|Permanent|1965|1972|0704",
        "dijon|Dijon-Prenois|Dijon|France|47.3625|4.89913|Dijon-Prenois|3.886|78|70000|120|14|113|Dijon|FRA|24|France|French Grand Prix|Permanent|1974|1984|0707",
        "phoenix|Phoenix street circuit|Phoenix|USA|33.4479|-112.075|Phoenix_street_circuit|3.798|75|85000|-420|13|114|Phoenix|USA|19|United States|United States Grand Prix|Temporary - Street|1989|1991|0311",
        "donington|Donington Park|Castle Donington|UK|52.8306|-1.37528|Donington_Park|4.023|76|85000|60|14|115|Donington|GBR|2|United Kingdom|European Grand Prix|Permanent|1993|1993|0411",
        "okayama|Okayama International Circuit|Okayama|Japan|34.915|134.221|Okayama_International_Circuit|3.703|78|80000|540|14|116|Okayama|JPN|4|Japan|Pacific Grand Prix|Permanent|1994|1995|0417",
        "zeltweg|Zeltweg|Styria|Austria|47.2039|14.7478|Zeltweg_Airfield|3.2|77|75000|120|14|117|Zeltweg|AUT|17|Austria|Austrian Grand Prix|Temporary - Road|1964|1964|0823",
        "mugello|Autodromo Internazionale del Mugello|Mugello|Italy|43.9975|11.3719|Mugello_Circuit|5.245|59|80000|120|15|119|Mugello|ITA|13|Italy|Tuscan Grand Prix|Permanent|2020|2020|0913",
        "a1-ring|A1-Ring|Spielberg|Austria|47.2197|14.7647|A1-Ring|4.326|71|72000|120|14|118|Spielberg|AUT|17|Austria|Austrian Grand Prix|Permanent|1997|2003|0512",
    };

    private static final Map<String, SynthCircuit> BY_ID = new LinkedHashMap<>();

    static {
        for (String row : ROWS) {
            String[] f = row.split("\\|", -1);
            SynthCircuit c = new SynthCircuit(f[0], f[1], f[2], f[3], f[4], f[5], f[6], Double.parseDouble(f[7]),
                    Integer.parseInt(f[8]), Integer.parseInt(f[9]), Integer.parseInt(f[10]),
                    Integer.parseInt(f[11]), Integer.parseInt(f[12]), f[13], f[14], Integer.parseInt(f[15]),
                    f[16], f[17], f[18], Integer.parseInt(f[19]), Integer.parseInt(f[20]), Integer.parseInt(f[21]));
            BY_ID.put(c.circuitId(), c);
        }
    }

    private CircuitCatalog() {
    }

    static SynthCircuit get(String id) {
        SynthCircuit c = BY_ID.get(id);
        if (c == null) {
            throw new IllegalArgumentException("unknown circuit " + id);
        }
        return c;
    }

    /** Circuits usable in a year, in calendar-slot order. */
    static List<SynthCircuit> activeIn(int year) {
        List<SynthCircuit> out = new ArrayList<>();
        for (SynthCircuit c : BY_ID.values()) {
            if (c.firstYear() <= year && year <= c.lastYear()) {
                out.add(c);
            }
        }
        out.sort((a, b) -> Integer.compare(a.slot(), b.slot()));
        return Collections.unmodifiableList(out);
    }
}
