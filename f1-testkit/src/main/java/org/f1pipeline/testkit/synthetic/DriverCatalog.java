package org.f1pipeline.testkit.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Real driver names and Jolpica ids. Modern drivers (2014+) carry codes and permanent numbers; older ones, like in
 * Jolpica, have neither. Dates of birth of old drivers are only plausible, not researched.
 */
final class DriverCatalog {
    // id|given|family|nationality|dob|code|permanentNumber|countryCode
    private static final String[] MODERN = {
        "hamilton|Lewis|Hamilton|British|1985-01-07|HAM|44|GBR", "bottas|Valtteri|Bottas|Finnish|1989-08-28|BOT|77|FIN",
        "vettel|Sebastian|Vettel|German|1987-07-03|VET|5|GER", "raikkonen|Kimi|Räikkönen|Finnish|1979-10-17|RAI|7|FIN",
        "max_verstappen|Max|Verstappen|Dutch|1997-09-30|VER|3|NED", "ricciardo|Daniel|Ricciardo|Australian|1989-07-01|RIC|3|AUS",
        "perez|Sergio|Pérez|Mexican|1990-01-26|PER|11|MEX", "ocon|Esteban|Ocon|French|1996-09-17|OCO|31|FRA",
        "stroll|Lance|Stroll|Canadian|1998-10-29|STR|18|CAN", "sirotkin|Sergey|Sirotkin|Russian|1995-08-27|SIR|35|RUS",
        "hulkenberg|Nico|Hülkenberg|German|1987-08-19|HUL|27|GER", "sainz|Carlos|Sainz|Spanish|1994-09-01|SAI|55|ESP",
        "gasly|Pierre|Gasly|French|1996-02-07|GAS|10|FRA", "brendon_hartley|Brendon|Hartley|New Zealander|1989-11-10|HAR|28|NZL",
        "grosjean|Romain|Grosjean|French|1986-04-17|GRO|8|FRA", "kevin_magnussen|Kevin|Magnussen|Danish|1992-10-05|MAG|20|DEN",
        "alonso|Fernando|Alonso|Spanish|1981-07-29|ALO|14|ESP", "vandoorne|Stoffel|Vandoorne|Belgian|1992-03-26|VAN|2|BEL",
        "leclerc|Charles|Leclerc|Monegasque|1997-10-16|LEC|16|MON", "ericsson|Marcus|Ericsson|Swedish|1990-09-02|ERI|9|SWE",
        "norris|Lando|Norris|British|1999-11-13|NOR|4|GBR", "russell|George|Russell|British|1998-02-15|RUS|63|GBR",
        "albon|Alexander|Albon|Thai|1996-03-23|ALB|23|THA", "kubica|Robert|Kubica|Polish|1984-12-07|KUB|88|POL",
        "kvyat|Daniil|Kvyat|Russian|1994-04-26|KVY|26|RUS", "giovinazzi|Antonio|Giovinazzi|Italian|1993-12-14|GIO|99|ITA",
        "latifi|Nicholas|Latifi|Canadian|1995-06-29|LAT|6|CAN", "tsunoda|Yuki|Tsunoda|Japanese|2000-05-11|TSU|22|JPN",
        "mick_schumacher|Mick|Schumacher|German|1999-03-22|MSC|47|GER", "mazepin|Nikita|Mazepin|Russian|1999-03-02|MAZ|9|RUS",
        "zhou|Guanyu|Zhou|Chinese|1999-05-30|ZHO|24|CHN", "de_vries|Nyck|de Vries|Dutch|1995-02-06|DEV|21|NED",
        "piastri|Oscar|Piastri|Australian|2001-04-06|PIA|81|AUS", "sargeant|Logan|Sargeant|American|2000-12-31|SAR|2|USA",
        "lawson|Liam|Lawson|New Zealander|2002-02-11|LAW|30|NZL", "bearman|Oliver|Bearman|British|2005-05-08|BEA|87|GBR",
        "colapinto|Franco|Colapinto|Argentine|2003-05-27|COL|43|ARG", "antonelli|Andrea Kimi|Antonelli|Italian|2006-08-25|ANT|12|ITA",
        "hadjar|Isack|Hadjar|French|2004-09-28|HAD|6|FRA", "doohan|Jack|Doohan|Australian|2003-01-20|DOO|7|AUS",
        "bortoleto|Gabriel|Bortoleto|Brazilian|2004-10-14|BOR|5|BRA", "arvid_lindblad|Arvid|Lindblad|British|2007-08-08|LIN|41|GBR",
        "aitken|Jack|Aitken|British|1995-09-23|AIT|89|GBR", "pietro_fittipaldi|Pietro|Fittipaldi|Brazilian|1996-06-25|FIT|51|BRA",
        "button|Jenson|Button|British|1980-01-19|BUT|22|GBR", "massa|Felipe|Massa|Brazilian|1981-04-25|MAS|19|BRA",
        "rosberg|Nico|Rosberg|German|1985-06-27|ROS|6|GER", "maldonado|Pastor|Maldonado|Venezuelan|1985-03-09|MAL|13|VEN",
        "nasr|Felipe|Nasr|Brazilian|1992-08-21|NAS|12|BRA", "wehrlein|Pascal|Wehrlein|German|1994-10-18|WEH|94|GER",
        "vergne|Jean-Éric|Vergne|French|1990-04-25|VGN|25|FRA", "gutierrez|Esteban|Gutiérrez|Mexican|1991-08-05|GUT|21|MEX",
        "sutil|Adrian|Sutil|German|1983-01-11|SUT|99|GER", "chilton|Max|Chilton|British|1991-04-21|CHI|4|GBR",
        "bianchi|Jules|Bianchi|French|1989-08-03|BIA|17|FRA", "kobayashi|Kamui|Kobayashi|Japanese|1986-09-13|KOB|10|JPN",
        "stevens|Will|Stevens|British|1991-06-28|STE|28|GBR", "merhi|Roberto|Merhi|Spanish|1991-03-22|MER|98|ESP",
        "palmer|Jolyon|Palmer|British|1991-01-20|PAL|30|GBR", "haryanto|Rio|Haryanto|Indonesian|1993-01-22|HAR|88|INA",
    };
    // 1950s .. 2010s pools: id|given|family|nationality|birthYear; older drivers get no code/number like in Jolpica.
    private static final String[][] POOLS = {
        {"farina|Nino|Farina|Italian|1906", "fangio|Juan|Fangio|Argentine|1911", "ascari|Alberto|Ascari|Italian|1918",
         "fagioli|Luigi|Fagioli|Italian|1898", "parnell|Reg|Parnell|British|1911", "villoresi|Luigi|Villoresi|Italian|1909",
         "sommer|Raymond|Sommer|French|1906", "etancelin|Philippe|Étancelin|French|1896", "rosier|Louis|Rosier|French|1905",
         "chiron|Louis|Chiron|Monegasque|1899", "gonzalez|José Froilán|González|Argentine|1922", "taruffi|Piero|Taruffi|Italian|1906",
         "hawthorn|Mike|Hawthorn|British|1929", "moss|Stirling|Moss|British|1929", "collins|Peter|Collins|British|1931",
         "behra|Jean|Behra|French|1921", "trintignant|Maurice|Trintignant|French|1917", "musso|Luigi|Musso|Italian|1924",
         "brooks|Tony|Brooks|British|1932", "salvadori|Roy|Salvadori|British|1922", "schell|Harry|Schell|American|1921",
         "hermann|Hans|Herrmann|German|1928", "kling|Karl|Kling|German|1910", "mieres|Roberto|Mieres|Argentine|1924",
         "castellotti|Eugenio|Castellotti|Italian|1930", "lewis-evans|Stuart|Lewis-Evans|British|1930", "menditeguy|Carlos|Menditeguy|Argentine|1914",
         "maglioli|Umberto|Maglioli|Italian|1928", "perdisa|Cesare|Perdisa|Italian|1932", "von_trips|Wolfgang|von Trips|German|1928"},
        {"jack_brabham|Jack|Brabham|Australian|1926", "bruce_mclaren|Bruce|McLaren|New Zealander|1937", "gurney|Dan|Gurney|American|1931",
         "hill|Graham|Hill|British|1929", "clark|Jim|Clark|British|1936", "surtees|John|Surtees|British|1934",
         "phil_hill|Phil|Hill|American|1927", "ireland|Innes|Ireland|British|1930", "bonnier|Jo|Bonnier|Swedish|1930",
         "rindt|Jochen|Rindt|Austrian|1942", "stewart|Jackie|Stewart|British|1939", "hulme|Denny|Hulme|New Zealander|1936",
         "amon|Chris|Amon|New Zealander|1943", "bandini|Lorenzo|Bandini|Italian|1935", "siffert|Jo|Siffert|Swiss|1936",
         "ginther|Richie|Ginther|American|1930", "ickx|Jacky|Ickx|Belgian|1945", "pedro_rodriguez|Pedro|Rodríguez|Mexican|1940",
         "beltoise|Jean-Pierre|Beltoise|French|1937", "attwood|Richard|Attwood|British|1940", "spence|Mike|Spence|British|1936",
         "hobbs|David|Hobbs|British|1939", "bucknum|Ronnie|Bucknum|American|1936", "courage|Piers|Courage|British|1942",
         "oliver|Jackie|Oliver|British|1942", "servoz-gavin|Johnny|Servoz-Gavin|French|1942", "pescarolo|Henri|Pescarolo|French|1942",
         "moser|Silvio|Moser|Swiss|1941", "bondurant|Bob|Bondurant|American|1933", "baghetti|Giancarlo|Baghetti|Italian|1934"},
        {"lauda|Niki|Lauda|Austrian|1949", "hunt|James|Hunt|British|1947", "emerson_fittipaldi|Emerson|Fittipaldi|Brazilian|1946",
         "regazzoni|Clay|Regazzoni|Swiss|1939", "peterson|Ronnie|Peterson|Swedish|1944", "scheckter|Jody|Scheckter|South African|1950",
         "mario_andretti|Mario|Andretti|American|1940", "reutemann|Carlos|Reutemann|Argentine|1942", "depailler|Patrick|Depailler|French|1944",
         "laffite|Jacques|Laffite|French|1943", "jones|Alan|Jones|Australian|1946", "gilles_villeneuve|Gilles|Villeneuve|Canadian|1950",
         "jabouille|Jean-Pierre|Jabouille|French|1942", "jarier|Jean-Pierre|Jarier|French|1946", "watson|John|Watson|British|1946",
         "mass|Jochen|Mass|German|1946", "stuck|Hans-Joachim|Stuck|German|1951", "pace|Carlos|Pace|Brazilian|1944",
         "brambilla|Vittorio|Brambilla|Italian|1937", "pryce|Tom|Pryce|British|1949", "merzario|Arturo|Merzario|Italian|1943",
         "patrese|Riccardo|Patrese|Italian|1954", "tambay|Patrick|Tambay|French|1949", "pironi|Didier|Pironi|French|1952",
         "ertl|Harald|Ertl|Austrian|1948", "lunger|Brett|Lunger|American|1945", "nilsson|Gunnar|Nilsson|Swedish|1948",
         "surer|Marc|Surer|Swiss|1951", "rupert_keegan|Rupert|Keegan|British|1955", "zunino|Ricardo|Zunino|Argentine|1949"},
        {"prost|Alain|Prost|French|1955", "senna|Ayrton|Senna|Brazilian|1960", "piquet|Nelson|Piquet|Brazilian|1952",
         "mansell|Nigel|Mansell|British|1953", "keke_rosberg|Keke|Rosberg|Finnish|1948", "alboreto|Michele|Alboreto|Italian|1956",
         "arnoux|René|Arnoux|French|1948", "de_angelis|Elio|de Angelis|Italian|1958", "berger|Gerhard|Berger|Austrian|1959",
         "boutsen|Thierry|Boutsen|Belgian|1957", "warwick|Derek|Warwick|British|1954", "cheever|Eddie|Cheever|American|1958",
         "fabi|Teo|Fabi|Italian|1955", "johansson|Stefan|Johansson|Swedish|1956", "nannini|Alessandro|Nannini|Italian|1959",
         "capelli|Ivan|Capelli|Italian|1963", "alliot|Philippe|Alliot|French|1954", "brundle|Martin|Brundle|British|1959",
         "jonathan_palmer|Jonathan|Palmer|British|1956", "nakajima|Satoru|Nakajima|Japanese|1953", "streiff|Philippe|Streiff|French|1955",
         "pierluigi_martini|Pierluigi|Martini|Italian|1961", "ghinzani|Piercarlo|Ghinzani|Italian|1952", "danner|Christian|Danner|German|1958",
         "dumfries|Johnny|Dumfries|British|1958", "caffi|Alex|Caffi|Italian|1964", "modena|Stefano|Modena|Italian|1963",
         "de_cesaris|Andrea|de Cesaris|Italian|1959", "thackwell|Mike|Thackwell|New Zealander|1961", "surer|Marc|Surer|Swiss|1951"},
        {"michael_schumacher|Michael|Schumacher|German|1969", "damon_hill|Damon|Hill|British|1960", "villeneuve|Jacques|Villeneuve|Canadian|1971",
         "hakkinen|Mika|Häkkinen|Finnish|1968", "coulthard|David|Coulthard|British|1971", "frentzen|Heinz-Harald|Frentzen|German|1967",
         "alesi|Jean|Alesi|French|1964", "herbert|Johnny|Herbert|British|1964", "barrichello|Rubens|Barrichello|Brazilian|1972",
         "irvine|Eddie|Irvine|British|1965", "fisichella|Giancarlo|Fisichella|Italian|1973", "trulli|Jarno|Trulli|Italian|1974",
         "panis|Olivier|Panis|French|1966", "salo|Mika|Salo|Finnish|1966", "wurz|Alexander|Wurz|Austrian|1974",
         "ralf_schumacher|Ralf|Schumacher|German|1975", "diniz|Pedro|Diniz|Brazilian|1970", "verstappen|Jos|Verstappen|Dutch|1972",
         "katayama|Ukyo|Katayama|Japanese|1963", "nakano|Shinji|Nakano|Japanese|1971", "zanardi|Alessandro|Zanardi|Italian|1966",
         "lamy|Pedro|Lamy|Portuguese|1972", "morbidelli|Gianni|Morbidelli|Italian|1968", "larini|Nicola|Larini|Italian|1964",
         "blundell|Mark|Blundell|British|1966", "comas|Érik|Comas|French|1963", "gachot|Bertrand|Gachot|Belgian|1962",
         "brundle|Martin|Brundle|British|1959", "berger|Gerhard|Berger|Austrian|1959", "rosset|Ricardo|Rosset|Brazilian|1968"},
        {"michael_schumacher|Michael|Schumacher|German|1969", "ralf_schumacher|Ralf|Schumacher|German|1975", "raikkonen|Kimi|Räikkönen|Finnish|1979",
         "alonso|Fernando|Alonso|Spanish|1981", "button|Jenson|Button|British|1980", "montoya|Juan Pablo|Montoya|Colombian|1975",
         "barrichello|Rubens|Barrichello|Brazilian|1972", "massa|Felipe|Massa|Brazilian|1981", "kubica|Robert|Kubica|Polish|1984",
         "heidfeld|Nick|Heidfeld|German|1977", "webber|Mark|Webber|Australian|1976", "trulli|Jarno|Trulli|Italian|1974",
         "fisichella|Giancarlo|Fisichella|Italian|1973", "coulthard|David|Coulthard|British|1971", "hamilton|Lewis|Hamilton|British|1985",
         "kovalainen|Heikki|Kovalainen|Finnish|1981", "rosberg|Nico|Rosberg|German|1985", "vettel|Sebastian|Vettel|German|1987",
         "glock|Timo|Glock|German|1982", "sato|Takuma|Sato|Japanese|1977", "klien|Christian|Klien|Austrian|1983",
         "liuzzi|Vitantonio|Liuzzi|Italian|1980", "sutil|Adrian|Sutil|German|1983", "speed|Scott|Speed|American|1983",
         "piquet_jr|Nelson|Piquet Jr.|Brazilian|1985", "nakajima|Kazuki|Nakajima|Japanese|1985", "bourdais|Sébastien|Bourdais|French|1979",
         "davidson|Anthony|Davidson|British|1979", "wurz|Alexander|Wurz|Austrian|1974", "villeneuve|Jacques|Villeneuve|Canadian|1971"},
        {"vettel", "webber|Mark|Webber|Australian|1976", "hamilton", "button", "alonso", "massa", "rosberg", "kubica", "petrov|Vitaly|Petrov|Russian|1984",
         "barrichello|Rubens|Barrichello|Brazilian|1972", "hulkenberg", "sutil", "di_resta|Paul|di Resta|British|1986", "perez",
         "kobayashi", "maldonado", "bruno_senna|Bruno|Senna|Brazilian|1983", "grosjean", "raikkonen", "ricciardo", "vergne",
         "bottas", "gutierrez", "chilton", "bianchi", "kevin_magnussen", "kvyat", "ericsson", "max_verstappen", "sainz",
         "nasr", "stevens", "merhi", "palmer", "wehrlein", "haryanto", "vandoorne", "ocon", "stroll", "gasly"},
    };

    private static final Map<String, SynthDriver> MODERN_BY_ID = new HashMap<>();
    private static final List<List<SynthDriver>> POOL_DRIVERS = new ArrayList<>();

    static {
        for (String row : MODERN) {
            String[] f = row.split("\\|", -1);
            MODERN_BY_ID.put(f[0], new SynthDriver(f[0], f[1], f[2], f[3], f[4], f[5], Integer.valueOf(f[6]), f[7]));
        }
        for (String[] pool : POOLS) {
            List<SynthDriver> drivers = new ArrayList<>();
            for (String row : pool) {
                drivers.add(row.contains("|") ? old(row.split("\\|", -1)) : modern(row));
            }
            POOL_DRIVERS.add(List.copyOf(drivers));
        }
    }

    private DriverCatalog() {
    }

    private static SynthDriver old(String[] f) {
        // A plausible birthday derived from the id, so it is stable without a research table.
        Rng r = Rng.of("dob", f[0]);
        String dob = String.format("%s-%02d-%02d", f[4], r.between(1, 12), r.between(1, 28));
        return new SynthDriver(f[0], f[1], f[2], f[3], dob, null, null, null);
    }

    /** A modern driver by id (2014+ catalogue). */
    static SynthDriver modern(String id) {
        SynthDriver d = MODERN_BY_ID.get(id);
        if (d == null) {
            throw new IllegalArgumentException("unknown modern driver " + id);
        }
        return d;
    }

    /** The driver pool of a decade before 2018 (index 0 = 1950s, 6 = 2010-2017). */
    static List<SynthDriver> pool(int year) {
        int idx = Math.min(6, Math.max(0, (year - 1950) / 10));
        return POOL_DRIVERS.get(idx);
    }
}
