package org.f1pipeline.testkit.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Real constructor ids per era and the hand-written 2018-2026 line-ups (the eras other sources cover). */
final class TeamCatalog {
    // id|name|nationality|wiki|teamName|colour
    private static final String[] TEAMS = {
        "red_bull|Red Bull|Austrian|Red_Bull_Racing|Red Bull Racing|3671C6", "mercedes|Mercedes|German|Mercedes-Benz_in_Formula_One|Mercedes|27F4D2",
        "ferrari|Ferrari|Italian|Scuderia_Ferrari|Ferrari|E8002D", "mclaren|McLaren|British|McLaren|McLaren|FF8000",
        "aston_martin|Aston Martin|British|Aston_Martin_in_Formula_One|Aston Martin|229971", "alpine|Alpine F1 Team|French|Alpine_F1_Team|Alpine|0093CC",
        "williams|Williams|British|Williams_Grand_Prix_Engineering|Williams|64C4FF", "rb|RB F1 Team|Italian|RB_Formula_One_Team|Racing Bulls|6692FF",
        "sauber|Sauber|Swiss|Sauber_Motorsport|Kick Sauber|52E252", "haas|Haas F1 Team|American|Haas_F1_Team|Haas F1 Team|B6BABD",
        "alphatauri|AlphaTauri|Italian|Scuderia_AlphaTauri|AlphaTauri|5E8FAA", "alfa|Alfa Romeo|Swiss|Alfa_Romeo_in_Formula_One|Alfa Romeo|C92D4B",
        "audi|Audi|German|Audi_in_Formula_One|Audi|F50537", "cadillac|Cadillac F1 Team|American|Cadillac_in_Formula_One|Cadillac|909090",
        "racing_point|Racing Point|British|Racing_Point_F1_Team|Racing Point|F596C8", "renault|Renault|French|Renault_in_Formula_One|Renault|FFF500",
        "toro_rosso|Toro Rosso|Italian|Scuderia_Toro_Rosso|Toro Rosso|469BFF", "force_india|Force India|Indian|Racing_Point_Force_India|Force India|F596C8",
        "lotus_f1|Lotus F1|British|Lotus_F1|Lotus|FFB800", "caterham|Caterham|Malaysian|Caterham_F1|Caterham|005030",
        "marussia|Marussia|Russian|Marussia_F1|Marussia|6E0000", "hrt|HRT|Spanish|Hispania_Racing|HRT|B2945B",
        "manor|Manor Marussia|British|Manor_Motorsport|Manor|323232", "toyota|Toyota|Japanese|Toyota_Racing|Toyota|CC0000",
        "honda|Honda|Japanese|Honda_Racing_F1|Honda|FFFFFF", "bmw_sauber|BMW Sauber|German|BMW_Sauber|BMW Sauber|0066CC",
        "jordan|Jordan|Irish|Jordan_Grand_Prix|Jordan|FFD700", "bar|BAR|British|British_American_Racing|BAR|FFFFFF",
        "jaguar|Jaguar|British|Jaguar_Racing|Jaguar|004225", "minardi|Minardi|Italian|Minardi|Minardi|000000",
        "super_aguri|Super Aguri|Japanese|Super_Aguri_F1|Super Aguri|FFFFFF", "brawn|Brawn|British|Brawn_GP|Brawn|D2FF00",
        "benetton|Benetton|Italian|Benetton_Formula|Benetton|00A550", "tyrrell|Tyrrell|British|Tyrrell_Racing|Tyrrell|0000AA",
        "ligier|Ligier|French|Ligier|Ligier|0055AA", "footwork|Footwork|British|Footwork_Arrows|Footwork|FFFFFF",
        "stewart|Stewart|British|Stewart_Grand_Prix|Stewart|FFFFFF", "prost|Prost|French|Prost_Grand_Prix|Prost|0000FF",
        "arrows|Arrows|British|Arrows_Grand_Prix_International|Arrows|FF6600", "lotus|Team Lotus|British|Team_Lotus|Lotus|004225",
        "larrousse|Larrousse|French|Larrousse|Larrousse|FFFFFF", "brabham|Brabham|British|Brabham|Brabham|0000FF",
        "march|March|British|March_Engineering|March|FF0000", "toleman|Toleman|British|Toleman|Toleman|FFFFFF",
        "osella|Osella|Italian|Osella|Osella|FFFFFF", "zakspeed|Zakspeed|German|Zakspeed|Zakspeed|FFFFFF",
        "surtees|Surtees|British|Surtees_Racing_Organisation|Surtees|FFFFFF", "shadow|Shadow|British|Shadow_Racing_Cars|Shadow|000000",
        "wolf|Wolf|Canadian|Walter_Wolf_Racing|Wolf|0000AA", "hesketh|Hesketh|British|Hesketh_Racing|Hesketh|FFFFFF",
        "penske|Penske|American|Penske_Racing|Penske|FFFFFF", "ensign|Ensign|British|Ensign_Racing|Ensign|FFFFFF",
        "fittipaldi|Fittipaldi|Brazilian|Fittipaldi_Automotive|Fittipaldi|FFFF00", "brm|BRM|British|British_Racing_Motors|BRM|004225",
        "cooper|Cooper|British|Cooper_Car_Company|Cooper|004225", "porsche|Porsche|German|Porsche_in_motorsport|Porsche|FFFFFF",
        "eagle|Eagle|American|Anglo_American_Racers|Eagle|0000AA", "matra|Matra|French|Matra|Matra|0000AA",
        "lola|Lola|British|MasterCard_Lola|Lola|FFFFFF", "maserati|Maserati|Italian|Maserati|Maserati|FF0000",
        "vanwall|Vanwall|British|Vanwall|Vanwall|004225", "gordini|Gordini|French|Gordini|Gordini|0000AA",
        "talbot-lago|Talbot-Lago|French|Talbot-Lago|Talbot-Lago|0000AA", "connaught|Connaught|British|Connaught_Engineering|Connaught|004225",
        "hwm|HWM|British|Hersham_and_Walton_Motors|HWM|004225", "lancia|Lancia|Italian|Lancia_in_Formula_One|Lancia|FF0000",
    };
    private static final String[][] ERA_TEAMS = {
        {"alfa", "ferrari", "maserati", "mercedes", "vanwall", "cooper", "brm", "gordini", "talbot-lago", "connaught", "lancia", "hwm"},
        {"ferrari", "lotus", "brm", "cooper", "brabham", "porsche", "honda", "eagle", "mclaren", "matra", "lola", "maserati"},
        {"ferrari", "lotus", "mclaren", "tyrrell", "brabham", "march", "brm", "surtees", "shadow", "ligier", "williams", "wolf", "hesketh"},
        {"williams", "mclaren", "ferrari", "brabham", "lotus", "renault", "ligier", "tyrrell", "arrows", "alfa", "benetton", "minardi", "march"},
        {"williams", "mclaren", "ferrari", "benetton", "jordan", "tyrrell", "ligier", "footwork", "minardi", "sauber", "stewart", "prost", "arrows"},
        {"ferrari", "mclaren", "williams", "renault", "toyota", "honda", "bmw_sauber", "red_bull", "toro_rosso", "jordan", "bar", "minardi"},
        {"red_bull", "mercedes", "ferrari", "mclaren", "lotus_f1", "force_india", "williams", "toro_rosso", "sauber", "caterham", "marussia", "hrt"},
    };
    // year -> "team:driverA,driverB;..." (the real line-ups at the start of each season) + reserves after "/"
    private static final Map<Integer, String> ROSTERS = Map.of(
        2018, "mercedes:hamilton,bottas;ferrari:vettel,raikkonen;red_bull:ricciardo,max_verstappen;force_india:perez,ocon;williams:stroll,sirotkin;renault:hulkenberg,sainz;toro_rosso:gasly,brendon_hartley;haas:grosjean,kevin_magnussen;mclaren:alonso,vandoorne;sauber:leclerc,ericsson/norris,kubica",
        2019, "mercedes:hamilton,bottas;ferrari:vettel,leclerc;red_bull:max_verstappen,gasly;racing_point:perez,stroll;williams:russell,kubica;renault:ricciardo,hulkenberg;toro_rosso:kvyat,albon;haas:grosjean,kevin_magnussen;mclaren:sainz,norris;alfa:raikkonen,giovinazzi/latifi,ocon",
        2020, "mercedes:hamilton,bottas;ferrari:vettel,leclerc;red_bull:max_verstappen,albon;racing_point:perez,stroll;williams:russell,latifi;renault:ricciardo,ocon;alphatauri:kvyat,gasly;haas:grosjean,kevin_magnussen;mclaren:sainz,norris;alfa:raikkonen,giovinazzi/aitken,pietro_fittipaldi",
        2021, "mercedes:hamilton,bottas;red_bull:max_verstappen,perez;ferrari:leclerc,sainz;mclaren:norris,ricciardo;alpine:alonso,ocon;alphatauri:gasly,tsunoda;aston_martin:vettel,stroll;williams:russell,latifi;alfa:raikkonen,giovinazzi;haas:mick_schumacher,mazepin/kubica,hulkenberg",
        2022, "mercedes:hamilton,russell;red_bull:max_verstappen,perez;ferrari:leclerc,sainz;mclaren:norris,ricciardo;alpine:alonso,ocon;alphatauri:gasly,tsunoda;aston_martin:vettel,stroll;williams:albon,latifi;alfa:bottas,zhou;haas:kevin_magnussen,mick_schumacher/de_vries,hulkenberg",
        2023, "red_bull:max_verstappen,perez;mercedes:hamilton,russell;ferrari:leclerc,sainz;mclaren:norris,piastri;aston_martin:alonso,stroll;alpine:gasly,ocon;williams:albon,sargeant;alphatauri:tsunoda,de_vries;alfa:bottas,zhou;haas:hulkenberg,kevin_magnussen/lawson,ricciardo",
        2024, "red_bull:max_verstappen,perez;mercedes:hamilton,russell;ferrari:leclerc,sainz;mclaren:norris,piastri;aston_martin:alonso,stroll;alpine:gasly,ocon;williams:albon,sargeant;rb:tsunoda,ricciardo;sauber:bottas,zhou;haas:hulkenberg,kevin_magnussen/bearman,colapinto",
        2025, "mclaren:norris,piastri;ferrari:leclerc,hamilton;red_bull:max_verstappen,lawson;mercedes:russell,antonelli;aston_martin:alonso,stroll;alpine:gasly,doohan;haas:ocon,bearman;rb:tsunoda,hadjar;williams:albon,sainz;sauber:hulkenberg,bortoleto/colapinto,arvid_lindblad",
        2026, "mclaren:norris,piastri;mercedes:russell,antonelli;red_bull:max_verstappen,hadjar;ferrari:leclerc,hamilton;williams:albon,sainz;rb:lawson,arvid_lindblad;aston_martin:alonso,stroll;haas:ocon,bearman;audi:hulkenberg,bortoleto;alpine:gasly,colapinto;cadillac:perez,bottas/doohan,tsunoda");

    private static final Map<String, SynthConstructor> BY_ID = new HashMap<>();

    static {
        for (String row : TEAMS) {
            String[] f = row.split("\\|", -1);
            BY_ID.put(f[0], new SynthConstructor(f[0], f[1], f[2], f[3], f[4], f[5]));
        }
    }

    private TeamCatalog() {
    }

    static SynthConstructor get(String id) {
        SynthConstructor c = BY_ID.get(id);
        if (c == null) {
            throw new IllegalArgumentException("unknown constructor " + id);
        }
        return c;
    }

    /** Teams (in seat order) of an era before 2018, at least {@code count} long. */
    static List<SynthConstructor> eraTeams(int year, int count) {
        String[] ids = ERA_TEAMS[Math.min(6, Math.max(0, (year - 1950) / 10))];
        List<SynthConstructor> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(get(ids[i % ids.length]));
        }
        return out;
    }

    /** True when {@link #roster(int)} has a hand-written line-up for the year. */
    static boolean hasRoster(int year) {
        return ROSTERS.containsKey(year);
    }

    /** The hand-written line-up: element 0 = list of "team:drvA,drvB", element 1 = reserve driver ids. */
    static String[][] roster(int year) {
        String[] parts = ROSTERS.get(year).split("/");
        return new String[][] {parts[0].split(";"), parts[1].split(",")};
    }
}
