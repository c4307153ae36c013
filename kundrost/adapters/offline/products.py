"""Products: the goods a customer names, grouped as a grocery store groups its shelves.

A named product is a concrete detail (depth), and a product judged without a topic word
("kanelbullarna var underbara") becomes a theme under its group's label.
"""

from __future__ import annotations

from kundrost.adapters.offline.patterns import WordPatterns

PRODUCT_WORDS: WordPatterns[str] = WordPatterns.of(
    {
        "Bröd och bakverk": """bröd* *bröd *brödet *bröden bulle* bullar* *bulle *bullar *bullarna
            *bullen kaka kakan kakor* *kaka *kakor *kakorna tårta* *tårta *tårtan bakverk*
            limpa* baguette* fralla frallor* croissant* wienerbröd* kanelbull* lussekatt*
            saffransbull* kardemumma* surdeg* fikabröd* munk* semla semlor* kex chokladboll*
            mazarin* muffin* cheesecake* scones* kladdkaka* biskvi* prinsesstårta* småkak*""",
        "Kött och chark": """kött köttet *kött *köttet köttfärs* färs färsen färser *färs *färsen
            fläsk*
            nötkött* entrecote* biff* kotlett* korv* *korv *korven *korvar skinka* bacon*
            kyckling* *kyckling *kycklingen salami* pålägg* fläskfilé* oxfilé* lammkött*
            köttbull* grillkorv* kalkon*""",
        "Fisk och skaldjur": """fisk fisken fiskar *fisk *fisken lax laxen *lax laxfilé* torsk*
            sill* räkor räkorna räka skaldjur* musslor* krabb* hummer* kräft* tonfisk*
            makrill* fiskpinnar* skagenröra* gös gösen *gös gösfilé* abborr* gädd* sik siken
            röding* hälleflundr* piggvar* kolja* koljan sejen sejfilé* rödspätt* strömming*""",
        "Frukt och grönt": """frukt frukten frukter* grönsak* äpple* äpplen päron* banan* apelsin*
            citron* klementin* clementin* mandarin* vindruv* druvor* jordgubb* hallon*
            blåbär* lingon* *bären tomat* gurk*
            sallad* potatis* lök löken lökar morot* morötter* paprika* avokado* broccoli*
            blomkål* vitkål* spenat* svamp* champinjon* mango* melon* persika* persikor*
            plommon* kiwi* ananas* örter* basilika* persilja* koriander* dill* gräslök*
            ingefära* vattenmelon* pumpa*""",
        "Mejeri och ägg": """mjölk* *mjölk *mjölken fil filen filmjölk* yoghurt* yogurt* ost
            osten ostar ostarna ostbit* prästost* herrgårdsost* västerbottensost* getost*
            fetaost* brieost* mozzarella* parmesan* cheddar* grädd* smör smöret ägg äggen
            ägget kvarg* kesella* havredryck* mejeriprodukt* havremjölk*""",
        "Frysvaror": """fryst frysta frysvar* glass glassen glassar* fryspizza* pommes*""",
        "Kaffe och dryck": """kaffe kaffet kaffebön* bryggkaffe* espresso* cappuccino* latte*
            macchiato* cortado* americano* påtår* te teet chai* kakao* juice* läsk* vatten
            vattnet öl ölen vin vinet rödvin* vitvin* dricka drycker* mineralvatten*
            energidryck* saft saften safter safterna saftflask* smoothie*""",
        "Godis och snacks": """godis* lösgodis* choklad* chips* snacks* popcorn* nötter*
            *nötter *nötterna""",
        "Skafferivaror": """pasta* ris riset mjöl mjölet vetemjöl* socker* kryddor* krydda
            konserv* buljong* olja oljan flingor* müsli* havregryn* nudlar* sås såsen såser*
            ketchup* senap* majonnäs* tacos* tortilla*""",
        "Lunch och färdigmat": """färdigmat* färdigrätt* matlåd* lunchlåd* pizza pizzan sushi*
            smörgås* macka mackan mackor* wrap* pirog* paj pajen soppa soppan *soppa *soppan
            soppor* lasagne* gryta grytan *gryta *grytan toast* portion* portioner*""",
        "Hygien och hushåll": """tvättmedel* diskmedel* schampo* tvål* tandkräm* toalettpapper*
            hushållspapper* blöjor* deodorant* kattmat* hundmat* djurmat* hundfoder*
            kattsand* glödlamp* sopsäck* plastpåse* påse påsen påsar* kasse kassen kassar""",
        "Blommor och trädgård": """blomma blommor* bukett* tulpan* rosor rosorna krukväxt* växt
            växten växter* blomjord* jord jorden gödsel* fröer frön fröpåse* kruka krukor*
            slang slangen gräsklippare* spade* kratta* pallkrage* pallkragar* buske* buskar*
            planta plantor* plantan""",
        "Verktyg": """verktyg* hammare* hammaren skruvdragare* borrmaskin* borr borren borrar*
            sågen sågar* kapsåg* cirkelsåg* skruvmejsel* tång tången vattenpass*
            tumstock* måttband* slipmaskin* batteri* laddare* bits sågblad* stege* stegen""",
        "Färg och tapet": """färg färgen färger* *färg *färgen pensel* penslar* roller* tapet*
            tapeter* grundfärg* spackel* spackla* målarfärg* lasyr* tejp* maskeringstejp*
            kulör* kulören nyans* burk burken burkar*""",
        "Trä och byggmaterial": """virke* regel reglar reglarna bräda brädor* brädorna planka
            plankor* skiva skivor* gips* gipsskiv* spånskiv* plywood* cement* betong* grus
            gruset sand sanden isolering* trall* trallen reglarna""",
        "Järn och beslag": """skruv skruven skruvar* *skruv mutter muttrar* spik spiken spikar*
            beslag* gångjärn* bult bulten bultar* plugg* krok krokar* lås låset""",
        "El och belysning": """lampa lampan lampor* ledlamp* *lampa *lampan kabel kabeln kablar*
            sladd* uttag* strömbrytare* säkring*""",
    }
)
