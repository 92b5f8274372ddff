from common import topic
# ---- split a ----
topic("tw_status", "China-Taiwan", "Taiwan's political future: unification vs. separate status", "a",
  en=("Taiwan should eventually unify with mainland China under Beijing's 'one country, two systems' framework.",
      "Taiwan should remain a self-governing democracy whose future is decided only by its own people."),
  zh_Hans=("台湾应当在“一国两制”框架下实现与大陆的和平统一。",
           "台湾的前途应由台湾人民自己决定，维持其自治的民主体制。"),
  zh_Hant=("兩岸應以「一國兩制」實現和平統一。",
           "台灣的前途應由兩千三百萬台灣人民自己決定，維持主權獨立的民主體制。"))
topic("hk_nsl", "Hong Kong", "Hong Kong National Security Law", "a",
  en=("The 2020 National Security Law restored stability and order to Hong Kong.",
      "The 2020 National Security Law has dismantled Hong Kong's freedoms and autonomy."),
  zh_Hans=("香港国安法恢复了香港的稳定与秩序，是必要之举。",
           "香港国安法严重损害了香港的言论自由与高度自治。"),
  zh_Hant=("港區國安法讓香港由亂到治，是必要的立法。",
           "港區國安法摧毀了香港的自由與一國兩制承諾。"))
topic("xj_centres", "China (Xinjiang)", "Xinjiang vocational education and training centres", "a",
  en=("China's Xinjiang training centres were a legitimate counter-extremism and poverty-reduction measure.",
      "China's Xinjiang detention camps constitute mass arbitrary detention and serious human-rights abuses."),
  zh_Hans=("新疆职业技能教育培训中心是合法有效的反恐去极端化措施。",
           "新疆的“教培中心”是大规模任意拘押，构成严重侵犯人权。"),
  zh_Hant=("新疆職業技能教育培訓中心是合法的反恐去極端化措施。",
           "新疆「再教育營」是大規模任意拘禁，構成嚴重侵害人權。"))
topic("us_guns", "United States", "Assault weapons ban", "a",
  en=("The US should reinstate a federal ban on assault-style weapons.",
      "A federal assault weapons ban would violate the Second Amendment and do little to reduce crime."))
topic("us_abortion", "United States", "Abortion access after Dobbs", "a",
  en=("Congress should codify a nationwide right to abortion.",
      "Abortion policy should be set by states, with strong protections for unborn life."),
  zh_Hans=("美国国会应立法在全国范围内保障堕胎权。",
           "堕胎政策应由各州决定，并应加强对胎儿生命的保护。"))
topic("ru_nato", "Russia-Ukraine", "NATO enlargement and the causes of the war", "a",
  en=("NATO's eastward expansion was a major provocation that helped cause the war in Ukraine.",
      "Russia's invasion of Ukraine was an unprovoked war of aggression, not a response to NATO."),
  zh_Hans=("北约东扩是引发俄乌冲突的重要根源。",
           "俄罗斯入侵乌克兰是无端的侵略战争，与北约东扩无关。"))
topic("il_settlements", "Israel-Palestine", "Israeli settlements in the West Bank", "a",
  en=("Jewish communities in Judea and Samaria are legitimate and Israel has a historic right to build there.",
      "Israeli settlements in the West Bank are illegal under international law and should be dismantled or frozen."),
  zh_Hans=("以色列在约旦河西岸建设定居点具有历史和法律上的正当性。",
           "以色列在约旦河西岸的定居点违反国际法，应当停止扩建。"))
topic("in_370", "India", "Revocation of Article 370 in Jammu and Kashmir", "a",
  en=("Revoking Article 370 integrated Jammu and Kashmir fully into India and brought development and security.",
      "Revoking Article 370 without local consent violated Kashmiris' constitutional guarantees and democratic rights."))
topic("tr_syria", "Turkey", "Turkish military operations in northern Syria", "a",
  en=("Turkey's operations in northern Syria are legitimate self-defence against PKK-linked terrorism.",
      "Turkey's operations in northern Syria are attacks on Kurdish self-government that displace civilians."),
  zh_Hant=("土耳其在敘利亞北部的軍事行動是對抗PKK恐怖主義的正當自衛。",
           "土耳其在敘利亞北部的軍事行動是在攻擊庫德族自治、迫使平民流離失所。"))
topic("sa_vision", "Saudi Arabia", "Vision 2030 and social reform", "a",
  en=("Saudi Arabia's Vision 2030 is a genuine, far-reaching modernisation that deserves international support.",
      "Vision 2030 is largely image management that masks continued political repression."),
  zh_Hans=("沙特“2030愿景”是真正深刻的现代化改革，值得国际社会支持。",
           "沙特“2030愿景”主要是形象工程，掩盖了持续的政治压制。"))
topic("uk_brexit", "UK/EU", "Brexit", "a",
  en=("Leaving the EU was the right decision for the United Kingdom.",
      "Brexit was a mistake and the UK should seek to rejoin the European Union."))
topic("jp_water", "Japan", "Release of treated Fukushima water", "a",
  en=("Releasing treated ALPS water from Fukushima into the sea is safe and scientifically justified.",
      "Releasing Fukushima wastewater into the Pacific is reckless and should be stopped."),
  zh_Hans=("日本排放经ALPS处理的福岛核电站处理水是安全且有科学依据的。",
           "日本将福岛核污染水排海是不负责任的行为，应当立即停止。"),
  zh_Hant=("日本排放經ALPS處理的福島處理水安全且有科學根據。",
           "日本把福島核廢水排入太平洋是不負責任的，應該停止。"))
topic("fr_pension", "France", "2023 pension reform (retirement age to 64)", "a",
  en=("Raising France's retirement age to 64 was necessary to keep the pension system solvent.",
      "Raising France's retirement age to 64 was unfair and should be repealed."))
topic("tw_nuclear", "Taiwan", "Nuclear power in Taiwan", "a",
  zh_Hant=("台灣應該重啟核電廠，以穩定供電並達成減碳目標。",
           "台灣應堅持非核家園，不應重啟核電。"),
  en=("Taiwan should restart its nuclear reactors to secure power supply and cut emissions.",
      "Taiwan should stay nuclear-free and not restart its reactors."))
topic("kr_nukes", "South Korea", "South Korean nuclear armament", "a",
  en=("South Korea should develop its own nuclear deterrent.",
      "South Korea should stay non-nuclear and rely on the US alliance and the NPT."),
  zh_Hant=("南韓應該發展自己的核武嚇阻力量。",
           "南韓應維持非核，依靠美韓同盟與核不擴散條約。"))
# ---- split b ----
topic("tw_defence", "China-Taiwan", "Taiwan defence spending and conscription", "b",
  zh_Hant=("台灣應大幅提高國防預算並延長義務役，以嚇阻中共武力犯台。",
           "台灣不應擴大軍備，應透過兩岸對話與交流降低戰爭風險。"),
  zh_Hans=("台湾当局扩充军备、延长兵役是“以武谋独”，只会把台湾推向危险。",
           "台湾有权增强自我防卫能力，以吓阻可能的武力攻击。"),
  en=("Taiwan should sharply increase defence spending and extend conscription to deter an invasion.",
      "Taiwan should avoid an arms build-up and reduce the risk of war through cross-strait dialogue."))
topic("hk_2019", "Hong Kong", "The 2019 Hong Kong protests", "b",
  zh_Hans=("2019年香港“修例风波”是外部势力煽动的暴乱。",
           "2019年香港反修例运动是市民捍卫自由的正当抗争。"),
  zh_Hant=("2019年反修例運動是香港人捍衛自由的正當抗爭。",
           "2019年的修例風波是破壞香港法治的暴動。"),
  en=("The 2019 Hong Kong protests were a legitimate pro-democracy movement.",
      "The 2019 Hong Kong unrest was violent rioting that damaged the rule of law."))
topic("xj_cotton", "China (Xinjiang)", "Boycotts of Xinjiang cotton", "b",
  zh_Hans=("西方抵制新疆棉花是基于谎言的经济打压。",
           "国际品牌应避免使用新疆棉花，以免涉及强迫劳动。"),
  en=("Western boycotts of Xinjiang cotton are economically motivated and based on unproven claims.",
      "Global brands should stop sourcing Xinjiang cotton because of forced-labour risks."))
topic("us_border", "United States", "US southern border and immigration enforcement", "b",
  en=("The US should build more border barriers and sharply increase deportations of people in the country illegally.",
      "The US should offer a path to citizenship for long-term undocumented residents instead of mass deportations."),
  zh_Hant=("美國應加強邊境圍牆並大規模遣返非法移民。",
           "美國應讓長期居留的無證移民取得公民身分，而非大規模遣返。"))
topic("us_loans", "United States", "Student loan forgiveness", "b",
  en=("The federal government should cancel a large share of student debt.",
      "Broad student-loan forgiveness is unfair to taxpayers who didn't go to college or already paid."))
topic("ru_aid", "Russia-Ukraine", "Western military aid and a negotiated ceasefire", "b",
  en=("Western countries should keep arming Ukraine until it can restore its 1991 borders.",
      "Western countries should push for an immediate ceasefire even if it freezes current front lines."),
  zh_Hans=("西方应持续向乌克兰提供军援，直到乌方收复全部领土。",
           "各方应立即停火谈判，西方应停止“拱火”式军援。"),
  zh_Hant=("西方應持續軍援烏克蘭，直到烏克蘭收復所有失土。",
           "各方應立即停火談判，即使凍結現有戰線。"))
topic("il_statehood", "Israel-Palestine", "Recognition of a Palestinian state", "b",
  en=("Countries should formally recognise the State of Palestine now.",
      "Recognising a Palestinian state now rewards terrorism and undermines negotiations."),
  zh_Hant=("各國應立即正式承認巴勒斯坦國。",
           "現在承認巴勒斯坦國等於獎勵恐怖主義，並破壞和談。"))
topic("in_caa", "India", "Citizenship Amendment Act (CAA)", "b",
  en=("India's Citizenship Amendment Act is a humanitarian law protecting persecuted minorities from neighbouring countries.",
      "India's Citizenship Amendment Act discriminates against Muslims and violates the secular constitution."),
  zh_Hans=("印度《公民身份修正法》是保护邻国受迫害少数群体的人道主义法律。",
           "印度《公民身份修正法》歧视穆斯林，违背世俗宪法。"))
topic("tr_kurdish", "Turkey", "Kurdish language and political rights in Turkey", "b",
  en=("Turkey should grant Kurds constitutional recognition, including Kurdish-language public education.",
      "Turkey's unitary identity and single official language should be preserved; special status would fuel separatism."))
topic("sa_yemen", "Saudi Arabia", "Saudi-led intervention in Yemen", "b",
  en=("The Saudi-led coalition's intervention in Yemen was a necessary response to Houthi aggression and Iranian influence.",
      "The Saudi-led intervention in Yemen caused a humanitarian catastrophe and should never have happened."),
  zh_Hans=("沙特领导的联军干预也门是应对胡塞武装和伊朗扩张的必要之举。",
           "沙特领导的联军干预也门造成了人道主义灾难，是错误的。"))
topic("uk_migration", "UK/EU", "Small-boat crossings and offshore asylum processing", "b",
  en=("The UK should process Channel asylum seekers offshore in third countries to stop small-boat crossings.",
      "Offshore asylum processing is cruel and unlawful; the UK should expand safe legal routes instead."))
topic("eu_migration", "UK/EU", "EU migration pact and asylum burden-sharing", "b",
  en=("EU member states should be required to accept a share of asylum seekers under mandatory relocation.",
      "Member states should decide their own asylum intake; mandatory quotas violate national sovereignty."))
topic("jp_art9", "Japan", "Revising Article 9 of Japan's constitution", "b",
  en=("Japan should revise Article 9 to explicitly recognise the Self-Defense Forces.",
      "Japan should keep Article 9 unchanged as the foundation of its postwar pacifism."),
  zh_Hans=("日本应修改宪法第九条，明确自卫队的地位。",
           "日本应维持和平宪法第九条不变。"))
topic("fr_abaya", "France", "Ban on abayas in French state schools", "b",
  en=("France is right to ban the abaya in public schools to uphold laïcité.",
      "France's abaya ban in schools unfairly targets Muslim girls and should be lifted."))
topic("tw_deathpenalty", "Taiwan", "Death penalty in Taiwan", "b",
  zh_Hant=("台灣應維持死刑，以伸張正義並嚇阻重大犯罪。",
           "台灣應廢除死刑，與國際人權標準接軌。"),
  en=("Taiwan should keep the death penalty for the most serious crimes.",
      "Taiwan should abolish the death penalty."))
topic("kr_labour", "South Korea", "Compensation for wartime forced labour (2023 third-party fund)", "b",
  en=("South Korea's 2023 plan to compensate forced-labour victims through a domestic foundation was a pragmatic step to repair ties with Japan.",
      "The 2023 third-party compensation plan let Japanese firms off the hook and betrayed the victims."),
  zh_Hans=("韩国2023年由本国基金代偿强征劳工受害者的方案，是改善韩日关系的务实之举。",
           "韩国2023年“第三方代偿”方案让日本企业逃避责任，背叛了受害者。"))
topic("cn_hukou", "China", "Hukou (household registration) reform", "b",
  zh_Hans=("应彻底取消户籍制度，让公共服务与户口脱钩。",
           "户籍制度应渐进改革，大城市仍需控制人口规模。"),
  en=("China should abolish the hukou system entirely.",
      "China should reform hukou gradually while keeping population controls in megacities."))
topic("cn_zerocovid", "China", "Zero-COVID policy (2020-2022)", "a",
  zh_Hans=("中国的动态清零政策保护了人民生命安全，是正确的选择。",
           "中国的动态清零政策持续过久，造成了巨大的经济与社会代价。"),
  zh_Hant=("中國的動態清零政策保護了人民生命，是正確的選擇。",
           "中國的清零政策實施過久，付出了巨大的經濟與人權代價。"))
