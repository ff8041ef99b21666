import type { InitiativeSeed } from "../types";
import { askak } from "./askak";
import { bhrSocialEntrepreneurshipLaw } from "./bhr-social-entrepreneurship-law";
import { bulbul } from "./bulbul";
import { ecoCashback } from "./eco-cashback";
import { eiriAntiTorturePlatform } from "./eiri-anti-torture-platform";
import { ezgulikPublicDefenders } from "./ezgulik-public-defenders";
import { fidokorWomensMutualAidGroups } from "./fidokor-womens-mutual-aid-groups";
import { gorozhanym } from "./gorozhanym";
import { izProject } from "./iz-project";
import { janashaKozqaras } from "./janasha-kozqaras";
import { jasa } from "./jasa";
import { karnakYouthCivicLeadership } from "./karnak-youth-civic-leadership";
import { kunJarygy } from "./kun-jarygy";
import { shamsWinTheFuture } from "./shams-win-the-future";
import { tulepbergenKaipbergenovFoundation } from "./tulepbergen-kaipbergenov-foundation";
import { uProjects } from "./u-projects";
import { zhenskiiLuch } from "./zhenskii-luch";

export const INITIATIVES: InitiativeSeed[] = [
  izProject,
  bulbul,
  ecoCashback,
  ezgulikPublicDefenders,
  fidokorWomensMutualAidGroups,
  gorozhanym,
  bhrSocialEntrepreneurshipLaw,
  janashaKozqaras,
  tulepbergenKaipbergenovFoundation,
  zhenskiiLuch,
  eiriAntiTorturePlatform,
  karnakYouthCivicLeadership,
  kunJarygy,
  shamsWinTheFuture,
  uProjects,
  askak,
  jasa,
];
