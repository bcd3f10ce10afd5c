# Mots français que ReportLint comprend. Une expression par ligne sous sa [section].
# Les expressions sont normalisées au chargement : casse et accents n'importent pas.
language = fr

[total]
total
totaux
total général
somme
cumul

[subtotal]
sous-total
sous total

[target]
objectif
cible
seuil
attendu

[column.target]
objectif
cible
seuil
attendu
valeur cible

[column.result]
résultat
résultats
réel
réalisé
mesuré
obtenu
valeur
actuel

[column.status]
statut
état

[column.unit]
unité
unités

[status.met]
terminé
terminée
terminés
complété
complétée
complet
complète
validé
validée
validés
validées
atteint
atteinte
atteints
réussi
réussie
réussis
conforme

[status.failed]
échoué
échec
non atteint
non atteinte

[status.pending]
en attente
en cours
à faire
non exécuté
non exécutés
planifié
bloqué
à venir

[status.partial]
partiel
partielle
partiellement

[direction.lower]
latence
temps de réponse
taux d'erreur
erreurs
erreur
indisponibilité
incidents
durée
mémoire
coût

[direction.higher]
couverture
débit
disponibilité
taux de réussite
score

[unit.h]
heure
heures

[unit.min]
minute
minutes

[unit.s]
seconde
secondes

[unit.d]
j
jour
jours

[unit.lines]
lignes

[absolute.tests]
100% de réussite => réussis
100% réussis => réussis
100% des tests passent => réussis
tous les tests passent
tous les tests réussis
tous les seuils respectés

[absolute.other]
100% de couverture
couverture de 100%
100% production-ready
100% conforme
100% de conformité
100% de disponibilité
0 vulnérabilité
0 vulnérabilités
aucune vulnérabilité
zéro vulnérabilité
zéro interruption
aucune interruption
protection contre toutes les attaques
toutes les attaques bloquées
bloque toutes les attaques

[absolute.capability]
permet
prend en charge
supporte
vise
objectif

[hype]
signé et approuvé
signé par
signé :
certifié
certifiée
certifié le
certification de conformité
validé par
de classe mondiale
niveau entreprise
qualité entreprise
plus hauts standards
meilleurs standards

[authority]
iso
soc 2
pci
hds
anssi
secnumcloud
cnil
audit externe
auditeur externe
auditeur indépendant
tierce partie
organisme
rgs
référentiel général de sécurité
eidas

[hype.over-target]
des objectifs
de l'objectif
des cibles

[hype.self-assessed]
100% des critères
signé:

# Ce qui nomme un rapport d'avancement dans un titre ou les premières lignes (« État du projet », « Rapport de
# sprint ») : avec une marque de statut ou une annonce d'achèvement, ce qui fait d'un document un rapport d'état.
[report.kind]
statut
état
avancement
rapport
bilan
compte rendu
compte-rendu
sprint
jalon
phase
livrables

# Les mots d'un travail fait : avec une marque de statut, ce qui fait d'un document un rapport d'état quand aucun titre
# ni aucune des premières lignes n'en nomme un, s'il en est un sur une ligne marquée, dans un titre ou dans les
# premières lignes (« - ✅ Recette déployée »). Un tableau de fonctions prises en charge ou le « à faire / à ne pas
# faire » d'un guide ne marque aucun travail fait. Les mots d'achèvement y sont repris : la section est lue seule.
[report.work]
terminé
terminée
terminés
terminées
complet
complète
complets
complètes
complété
complétée
complétés
complétées
achevé
achevée
achevés
achevées
fini
finie
finis
finies
implémenté
implémentée
implémentés
implémentées
corrigé
corrigée
corrigés
corrigées
déployé
déployée
déployés
déployées
créé
créée
créés
créées
ajouté
ajoutée
ajoutés
ajoutées
migré
migrée
migrés
migrées
testé
testée
testés
testées
livré
livrée
livrés
livrées
résolu
résolue
résolus
résolues
intégré
intégrée
intégrés
intégrées
installé
installée
installés
installées
configuré
configurée
configurés
configurées
validé
validée
validés
validées
vérifié
vérifiée
vérifiés
vérifiées
atteint
atteinte
atteints
atteintes
réussi
réussie
réussis
réussies

[completion]
terminé
terminée
terminés
complet
complète
complété
complétée
achevé
achevée
fini
finie
avancement

[completion.state]
terminé
terminée
terminés
complet
complète
complété
complétée
achevé
achevée
fini
finie

[completion.negation]
pas
non
à être
reste à
restant

[completion.overall]
global
globale
avancement global
au total

[status.contradicts-met]
partiel => ⚠️
partielle => ⚠️
partiellement => ⚠️
en attente => ⏳
en cours => ⏳
non exécuté => ⏳
non exécutés => ⏳
non déployé => ⏳
non implémenté => ⏳
à faire => ⏳
reste à => ⏳
pas encore => ⏳
presque => ⚠️
quasiment => ⚠️
en grande partie => ⚠️

# RL3002 : juste après un ❌, les mots d'un conseil contraire (« ❌ À ne pas faire ») ; dans une section qui en tient
# un, un ✅ suivi de mots de [status.advice-for] (« ✅ À faire ») est un conseil à suivre, pas du travail qui reste.
[status.advice-against]
à ne pas faire
ne pas faire
à éviter
éviter
évitez
ne jamais
jamais

[status.advice-for]
à faire
faire

# RL3002, RL3003 : mots d'un titre ou de l'amorce d'une liste qui disent ses éléments retirés (« ### Composants
# Supprimés », « **Fichiers supprimés** : ») : un ❌ y marque une suppression, pas du travail qui reste. RL3003 :
# après un « placeholder » ou un « stub » de la ligne, ils le disent parti (« Stubs remplacés par du vrai code »).
[status.removal]
supprimé
supprimée
supprimés
supprimées
retiré
retirée
retirés
retirées
éliminé
éliminée
éliminés
éliminées
remplacé
remplacée
remplacés
remplacées

# RL3002 : mots de [status.contradicts-met] qui nuancent l'état (« ✅ Presque terminé »), sauf devant un chiffre :
# « ✅ Temps de build réduit de presque 50 % » nuance le chiffre, pas l'état.
[status.contradicts-met.hedge]
presque
quasiment

# RL3002 : déterminants qui, juste avant un mot de [status.contradicts-met], en font un nom ou la description d'un
# nom (« la correction du partiel de mars »), non l'état de la ligne.
[status.contradicts-met.determiner]
le
la
les
l'
l’
un
une
des
du
ce
cette
ces
son
sa
ses
leur
leurs

[change]
meilleur
meilleure
plus rapide
amélioration
gain
réduction
de mieux
au-dessus de l'objectif

[metric.security-score]
score sécurité
score de sécurité
note de sécurité

[metric.security-headers]
en-têtes de sécurité
headers de sécurité

[metric.test-coverage]
couverture
couverture de tests
couverture de code
couverture des tests

[metric.availability]
disponibilité

[metric.error-rate]
taux d'erreur
taux d'erreurs

[metric.throughput]
débit

[metric.response-time]
temps de réponse
temps de réponse moyen

[stopword]
le
la
les
de
du
des
d'
l'

[period]
semaine
sprint
phase
jour
mois
trimestre
jalon
itération
version
avant
après

[tested]
testé
testés
test
tests
tests de performance
tests de charge
test de charge
benchmark

[capacity]
jusqu'à
supporte
gère
capacité
simultanés
simultanées
concurrents

[capacity.ignore]
test
tests
fichier
fichiers
ligne
lignes
élément
éléments
étape
étapes
point
points
module
modules
jour
jours
heure
heures
semaine
semaines
service
services
page
pages
scénario
scénarios

[count.passed]
réussis
réussi
passés
succès

[count.failed]
échoués
échoué
échecs
erreurs

[count.total]
total
total des tests
tests exécutés

[headline.deployed]
déploiement en production réussi
déployé en production
déployée en production
mise en production réussie

# RL3006: a state that says the work is deployed only where the clause ends on it ("Now running in production.");
# "wrapped in production utilities" names a kind of utility.
[headline.deployed.state]
en production

[next-step]
prochaine étape
prochaines étapes
reste à faire
étape suivante
prochaine action
prochaines actions

[action.deploy]
déployer
déploiement
mise en production
mettre en production

# RL3003 : une prochaine étape qui prépare ce sur quoi le travail est déployé, en tête de l'étape (« Configurer les
# variables d'environnement », « Exécuter les migrations ») : le déploiement qu'annonce un verdict de disponibilité
# (« Prêt pour la mise en production »), pas un travail qu'il dit fait. Une étape qui teste ou vérifie n'en est pas.
[action.set-up]
configurer
installer
migrer
mettre en place
exécuter les migrations
exécuter la migration
lancer les migrations
lancer la migration
appliquer les migrations

[headline.nothing-blocking]
aucun bloquant
aucun point bloquant
rien de bloquant
aucun élément bloquant
tous les éléments critiques terminés

[remaining]
reste à faire
restant
restants
ce qui reste
points ouverts
bloquants


# Le rôle d'une valeur (RoleCues) : les mots avant une valeur, ou après elle dans sa proposition, qui disent qu'elle
# n'est pas un résultat réel. Une cible se lit aussi dans [target] et [column.target] ; les marques (→, ~, « »…) sont
# dans common.lex.

# La valeur est le résultat réel, même à côté d'un mot de cible : « Objectif atteint : 92 % », « actuel : 87 % ».
[role.actual]
réel
comme prévu
comme attendu
réelle
réalisé
réalisée
actuel
actuelle
actuellement
mesuré
mesurée
obtenu
obtenue
constaté
constatée
résultat
résultats
à ce jour
aujourd'hui
aujourd’hui
atteint
atteinte
objectif atteint
objectifs atteints
cible atteinte
au-dessus de l'objectif
en dessous de l'objectif
public cible

[role.target]
requis
résultat attendu
résultats attendus
requise
exigé
exigée
exigence
exigences
minimum
minimum requis
doit être
doit
doivent
devra être
budget
limite
plafond
quota
critères d'acceptation
planifié
planifiée

[role.goal]
objectif de
objectifs de
l'objectif est
notre objectif
vise
visons
visent
viser
visé
visée
visés
visées
ambition

[role.projected]
une fois déployé
une fois déployée
une fois déployés
une fois déployées
une fois en production
une fois livré
une fois livrée
une fois terminé
une fois terminée
après déploiement
après le déploiement
prévu
prévue
prévus
prévues
sera
seront
atteindra
atteindront
devrait atteindre
projeté
projetée
prévisionnel
prévisionnelle
prévision
à terme

[role.estimate]
estimé
estimée
estimés
estimées
estimation
théorique
théoriques

[role.example]
par exemple
p. ex.
p.ex.
ex.
exemple
exemples
tel que
telle que
tels que
telles que

[role.before]
auparavant
précédemment
initialement
était
étaient

# Seulement en étiquette, avec deux-points avant la valeur : « Avant : 61 % ».
[role.before.label]
avant
précédent
précédente

[role.after.label]
après

[role.from]
de
d'
d’
depuis
passé de
passée de

[role.to]
à
jusqu'à
jusqu’à
vers

[role.now]
maintenant
désormais

[stance.negation]
pas
pas encore
ne pas
n'est pas
jamais
non
ni
plus aucun
plutôt que
au lieu de

[stance.negation.determiner]
rien
aucun
aucune
aucuns
aucunes
sans
pas de
pas d'
pas d’
nul
nulle

# Verbs after which a noun negated by a determiner is a subject, not a count: "No system is 100% secure".
[stance.copula]
est
sont
était
sera
seront
n'est
ne sont

[stance.negation.none]
non seulement
pas seulement
pas plus de
pas moins de
pas plus tard que
non atteint
non atteinte
non atteints
non atteintes
non-régression
non régression
non-fonctionnel
non-fonctionnels
non-fonctionnelle
non-fonctionnelles
non-bloquant
non-bloquante
non-bloquants
non-bloquantes

# Seule l'expression la plus longue à un endroit est lue : une expression de rôle qui contient un verbe modal (« doit être ») est aussi ici.
[stance.modal]
peut
doit être
devra être
devrait atteindre
peuvent
pourrait
pourraient
pourra
pourront
devrait
devraient
doit
doivent
devra
devront
vise
visons
visent
viser
visé
visée
visés
visées
espère
espérons
souhaite
souhaitons
envisage
envisageons
il faut
il faudrait
idéalement
en théorie

# Une vérité générale ou habituelle, non le résultat de ce travail (issue 49 : un énoncé général n'est pas une
# affirmation). En tête de sa phrase, avant une virgule, elle atteint la proposition qui suit (« En général, les équipes
# n'ont aucune interruption de service ») ; dans une proposition, elle la nuance (« Un déploiement sans interruption
# demande généralement un répartiteur de charge »).
[stance.general]
en général
généralement
habituellement
en règle générale
dans la plupart des cas
la plupart du temps
normalement
d'ordinaire
d’ordinaire
souvent
typiquement

# Une réserve : la proposition est crue ou probable, non donnée comme un résultat (issue 49 : un énoncé nuancé n'est
# pas une affirmation).
[stance.hedge]
probablement
vraisemblablement
sans doute
apparemment
a priori
peut-être
il semble que
il semble qu'
il semble qu’
semble
semblent
il est probable que
nous pensons que
je pense que
nous croyons que
je crois que
nous estimons que

# Un sondage ou une enquête en tête de sa phrase, avant deux-points ou une virgule : ses nombres sont les réponses
# d'autrui, non un résultat du travail (issue 49 : les nombres d'une question ou d'un sondage ne sont pas des
# affirmations). « Sondage : 80 % des utilisateurs veulent 100 % de disponibilité ».
[stance.poll]
sondage
enquête
questionnaire
vote

# Propos rapportés d'une source (issue 49 : ce qui est attribué à autrui n'est pas une affirmation du rapport). En tête
# de sa phrase, l'expression et sa source atteignent la proposition après leur virgule (« Selon l'auditeur externe,
# l'application est 100 % conforme RGPD ») ; juste après une virgule, la proposition qui la précède (« La
# disponibilité était de 100 % le mois dernier, d'après le client »).
[stance.attribution]
selon
d'après
d’après
aux dires de
au dire de
de l'avis de
à en croire

# Une source du rapport lui-même : l'affirmation reste celle de l'auteur (« Selon nos tests, 100 % des requêtes aboutissent »).
[stance.attribution.self]
selon nous
selon moi
selon nos
selon notre
selon mes
selon mon
selon ma
d'après nos
d'après notre
d'après mes
d'après mon
d'après ma
d'après nous
d'après moi
d’après nos
d’après notre
d’après mes
d’après mon
d’après ma
d’après nous
d’après moi

# Une condition : modale même juste avant un nombre (« si 100 % des tests passent »).
[stance.modal.condition]
si

# RL1001: métriques dont la valeur demande une preuve ; 100 % (tout) pour les premières, 0 (aucun) pour les secondes.
[claim.metric.high]
couverture
couverture de tests
couverture de code
taux de réussite
taux de succès
disponibilité
conformité
protection
protégé
protégée
qualité du code
confiance
niveau de confiance
cas limites gérés
cas limites couverts

# Pas « erreurs » : zéro erreur de compilation ou de lint est un résultat que chacun relance en quelques secondes, et les
# lecteurs de vrais rapports n'en demandent pas la preuve (issue 49). Pas « défaut » : « valeur par défaut : 0 » est un
# réglage, pas un résultat.
[claim.metric.low]
vulnérabilité
vulnérabilités
vulnérabilité critique
vulnérabilités critiques
faille
failles
faille de sécurité
failles de sécurité
bug
bugs
bug critique
bugs critiques
fuite mémoire
fuites mémoire
fuite de mémoire
fuites de mémoire
interruption
interruptions
incident
incidents
problème
problèmes
dette technique

[claim.extreme.none]
aucun
aucune
zéro

[claim.extreme.all]
tous
toutes
entièrement
totalement

[claim.standard]
owasp
owasp top 10
wcag
rgaa
rgpd
gdpr
hipaa
iso 27001
pci dss
secnumcloud
hds

[claim.compliant]
conforme
conformes

[claim.compliance]
conformité

[claim.audited]
audité par
audit externe
audit indépendant
certificat
certifié par
organisme accrédité
accrédité
rapport d'audit
rapport de scan

[claim.not-a-result]
atteindre
viser
vérifier que
vérifier qu'
vérifier qu’
s'assurer que
s'assurer qu'
s’assurer que
s’assurer qu’
assurez-vous que
assurez-vous qu'
assurez-vous qu’
contrôler que
contrôler qu'
contrôler qu’
confirmer que
confirmer qu'
confirmer qu’
vérifiez que
vérifiez qu'
vérifiez qu’
contrôlez que
contrôlez qu'
contrôlez qu’
confirmez que
confirmez qu'
confirmez qu’
si
lorsque
quand
requis
requise
cible
objectif
visé
visée
attendu
il faut
besoin de
nécessite
attendus
attendue
attendues
obtenir
date limite
échéance

# Les noms d'un compte de tests (« 52/52 tests »), et la clé d'un taux de réussite donné avec son compte (« Taux de
# réussite : 100 % (82/82) »).
[count.tests]
tests
test
cas
scénarios
vérifications
taux de réussite

# RL1002 : une approbation donnée comme valeur d'une clé, marquée faite ou en capitales : « **Statut** : ✅ APPROUVÉ ».
[approval.value]
approuvé
approuvée

[approval]
approuvé pour la production
approuvé pour le déploiement
validé pour déploiement
validé pour le déploiement
validé pour la production
validé pour mise en production
bon pour la production
certifié conforme
validé - livré
prêt à déployer
je soussigné
validé pour production
approuvé pour production
déploiement approuvé
mise en production approuvée

[approval.signer]
approuvé par
validé par
vérifié par
certifié par
audité par
audité et configuré par
contrôlé par
signé par
auditeur externe
auditeur indépendant

# RL1002 : clés qui nomment qui a audité ou relu le travail (« **Auditeur** : assistant IA »). Suivie de l'auteur du
# travail lui-même (approval.self), une telle ligne rejoint la validation du rapport quand il s'approuve ailleurs ;
# seule, elle dit seulement qui a fait l'audit.
[approval.reviewer]
auditeur
relecteur
autorité de validation

[approval.self]
ia
assistant ia
assistant
automatisé
automatique
outil
script
agent
équipe
interne
agentique
bot

[grade.key]
statut
qualité
note
note globale
score
santé
évaluation
niveau
résultat

# RL1002 : qui a donné une note, quand ce n'est pas le travail lui-même : un évaluateur après la clé d'une note, avant
# ses deux-points (« Note client : 5/5 », « Note de l'auditeur : A+ »), en fait l'avis d'autrui, pas une
# auto-certification (issue 49) ; de même un outil qui l'a mesurée (« Score Lighthouse : 98/100 »), la preuve nommée.
[grade.rater]
client
clients
clientèle
utilisateur
utilisateurs
utilisatrices
auditeur
auditrice
auditeurs
jury
relecteur
relectrice
relecteurs
examinateur
pairs
externe
indépendant
indépendante
tierce partie
lighthouse
pagespeed
sonarqube
sonarcloud
codacy
code climate
ssl labs
mozilla observatory
observatory

# RL1002 : un mot qui qualifie la clé d'une note, entre elle et ses deux-points (« Score global : 100/100 », « Note
# finale », « Évaluation académique : EXCELLENT ») : le français met l'adjectif après le nom.
[grade.key.qualifier]
global
globale
final
finale
général
générale
académique
technique
moyen
moyenne
actuel
actuelle

# RL1002 : ce qui introduit, après la clé d'une note, ce qu'elle note (« Score de préparation : 95/100 », « Note de
# sécurité : 10/10 ») : un ou deux mots après, puis les deux-points (issue 49).
[grade.key.complement]
de
du
des

# RL1002 : clés dont le pourcentage plein qui les précède est un taux ou le résultat d'un contrôle, pas une note
# (« 100 % de réussite ») : RL1001 les pèse.
[grade.key.rate]
succès
réussite
santé

[grade.top]
excellent
excellente
exceptionnel
exceptionnelle
parfait
parfaite
exemplaire
remarquable

[hype.superlative]
révolutionnaire
sans précédent
référence mondiale
premier du genre
score parfait

# RL1002 : une note maximale que le travail donne à sa propre qualité ou performance (« ✅ **PERFORMANCES
# EXCEPTIONNELLES** », « ### 1. Performance exceptionnelle ») ; seulement comme tampon (titre, clé, capitales, emphase)
# ou juste après un verbe de hype.quality.verb : « pour maintenir une qualité exceptionnelle » est un but.
[hype.quality]
performance exceptionnelle
performances exceptionnelles
qualité exceptionnelle
qualité de code exceptionnelle
qualité industrielle

# RL1002 : les verbes qui font d'une note de hype.quality une affirmation sur le travail (« l'application démontre
# une qualité exceptionnelle »).
[hype.quality.verb]
démontre
démontrent
affiche
affichent
atteint
présente

[claim.extreme.none-after]
aucun
aucune
néant

[count.out-of]
sur

[claim.passing]
tests passent
tests réussis

[perf.test]
test de charge
tests de charge
tests charge
test de performance
tests de performance
benchmark

[perf.capacity]
utilisateurs
connexions
requêtes

[claim.todo]
recommandations
à faire
priorité
travaux futurs

[perf.metric]
latence
temps de réponse
temps de chargement
débit
performance
performances
scalabilité

# Mot qui numérote ce qui le suit (« Phase 1 correctifs », « Lot 2 tâches ») : le nombre nomme une partie, il ne
# compte rien.
[count.identifier]
phase
sprint
étape
vague
semaine
jour
mois
trimestre
jalon
itération
version
partie
chapitre
niveau
lot
palier

# Choses qu'un rapport compte (« 4 tables », « (3 fichiers) ») : un tel compte se vérifie sur les éléments
# énumérés avec lui (RL2005). Pluriel et singulier.
[count.noun]
table
tables
fichier
fichiers
api
apis
endpoint
endpoints
module
modules
agent
agents
test
tests
service
services
page
pages
modèle
modèles
composant
composants
route
routes
écran
écrans
profil
profils
document
documents
amélioration
améliorations
fonctionnalité
fonctionnalités
script
scripts
en-tête
en-têtes
tâche
tâches
étape
étapes
niveau
niveaux
gabarit
gabarits
migration
migrations
correction
corrections
correctif
correctifs
sprint
sprints
phase
phases
champ
champs
image
images
paquet
paquets
fonction
fonctions
méthode
méthodes
classe
classes
interface
interfaces
fournisseur
fournisseurs
tableau de bord
tableaux de bord
ressource
ressources
navigateur
navigateurs
commande
commandes
colonne
colonnes
variante
variantes

# Mots entre parenthèses après un compte qui en donnent quelques-uns, pas tous : « 13 canaux (dont Slack, e-mail) ».
[count.example]
par ex.
par exemple
ex.
notamment
dont
comme
tels que
telles que
entre autres
y compris
etc
...
…

# Clé dont le compte est celui des tâches ouvertes au-dessus : « **Restant : 12 tâches** ».
[count.open]
restant
restants
restantes
reste
reste à faire
à faire
tâches restantes

# Libellé d'une ligne de tableau qui donne un chiffre d'ensemble des lignes au-dessus : leur somme ou leur moyenne (RL2001).
[overall]
global
globale
moyenne
ensemble
score global
score total
note globale
note finale

# Colonne qui pondère les lignes : un total sur elles n'est ni une somme ni une moyenne.
[column.weight]
poids
pondération
coefficient
coef

# Clé d'une ligne qui dit où en est le travail (« Avancement : 85 % »), vérifiée sur la liste juste au-dessus (RL2003).
[progress.key]
avancement
état d'avancement
taux d'avancement
complétion
taux de complétion
progression
statut global
statut actuel
état global

# ---- branch evidence: RL1001/RL1002 precision ----
# RL1001 : le nom d'une fonctionnalité dont les mots de la revendication sont le complément (« système de suivi de
# conformité totale ») : ils nomment la fonctionnalité, ils ne revendiquent rien.
[claim.feature]
système de
système de suivi de
outil de
outil de suivi de
module de
module de suivi de
suivi de
tableau de bord de
tableau de bord
moteur de

# RL1002 : ce qui vient d'un tiers que le travail utilise ; son certificat (« source académique certifiée »,
# « fournisseur certifié ») n'est pas celui que le travail se donne.
[hype.third-party]
source
sources
source académique
fournisseur
fournisseurs
prestataire
prestataires
partenaire
partenaires
hébergeur
jeu de données
chaîne de compilation
compilateur
compilateurs
matériel

# RL1001 : le mot qui ouvre ce dont une mesure est la mesure (« 100 % de couverture du module paiement ») : les
# reprises d'une mesure ne sont une seule revendication que si elles portent sur la même chose.
[claim.complement]
de
du
des
pour

# ---- branch targets (RL3001: values shown as met that are no measured result) ----
[target.unmeasured]
estimé
estimée
estimés
estimées
estimation
attendu
attendue
attendus
attendues
prévu
prévue
prévus
prévues
projeté
projetée
projetés
projetées
théorique
théoriques

[target.reached]
objectif atteint
objectifs atteints
cible atteinte
atteint
atteinte
atteints
atteintes

[target.conformity]
conforme
conformes
pleinement conforme

[target.tested]
testé
testés
testée
test
tests
tests de charge
test de charge
validé
validée
validation
benchmark
mesuré
mesurée

# ---- branche verdict (RL3003/RL3006 : verdicts en position de statut contre le travail non fait) ----

[verdict.key]
statut
statut global
statut final
statut du projet
état
état actuel
état du projet
verdict
verdict final
verdict global

[verdict.ready]
prêt
prête
prêts
prêtes

[verdict.production]
production
déploiement
mise en production
déployable

# Ce pour quoi on est prêt quand ce sont les tests de la production (« Prêt pour tests production ») : un mot de cette
# section entre les mots de disponibilité et de production, ou juste après, ne fait pas un verdict de production.
[verdict.testing]
tests
test
recette
validation
qualification

[verdict.yes]
oui
entièrement

[verdict.conclusion]
conclusion
résumé
synthèse
bilan
statut final

# La copule d'une ligne « prêt pour la production » (« L'application est prête pour la production »), les adverbes
# entre elle et les mots de la déclaration, et les mots après eux qui la font attendre (« une fois les clés posées »).
[verdict.readiness.copula]
est
sont

[verdict.readiness.adverb]
désormais
maintenant
déjà
entièrement
totalement
complètement
officiellement
100

# Les mots qui peuvent suivre ceux d'une ligne « prêt pour la production » : « prête pour la production avec … », pas
# un nom qu'ils qualifient (« code production-ready »).
[verdict.readiness.follow]
avec
et
dès
à
en
aujourd
pour

[verdict.readiness.condition]
une fois
dès que
dès
après
lorsque
quand
sous réserve
en attendant
jusqu'à

[verdict.exclusion]
prochaines étapes
prochaine étape
prochaine session
travaux futurs
améliorations futures
évolutions futures
feuille de route
roadmap
recommandations
optionnel
à venir
évolutions

# RL3003 : mots par lesquels un rapport dit qu'un travail n'est pas requis : sur l'élément (« (optionnel) »,
# « facultatif », une condition : « ⏳ À faire si besoin ») ou dans le titre au-dessus (« Limitations connues »). Ce
# travail est hors de ce que couvre une annonce d'achèvement, même une étape qui la vérifierait. Pas « reporté », qui se
# lit aussi « signalé » (« bug reporté par la QA »).
[verdict.optional]
optionnel
optionnelle
optionnels
optionnelles
facultatif
facultative
facultatifs
limitations connues
limites connues
limitations
si besoin
si nécessaire
au besoin

[verdict.verification]
exécuter
lancer
tester
vérifier
valider
migrer
configurer

[verdict.next-key]
prochaine action
prochaine étape
prochaines étapes

[verdict.not-implemented]
non implémenté
non implémentée
non implémentés
pas implémenté
pas implémentée
pas d'implémentation
à implémenter
pas encore intégré
pas encore intégrée
non intégré
non testé
non testée
non testés
structure de base uniquement

[verdict.placeholder]
placeholder
placeholders
squelette
peut être intégré
peut être intégrée

# RL3003 : verbes d'un contrôle qui cherche des bouche-trous (« détecte les placeholders ») : le placeholder est ce
# que le contrôle trouve, pas du travail restant.
[verdict.placeholder.sought]
détecte
détecter
détection des
détection de
recherche
rechercher
cherche
chercher
repère
repérer
signale
signaler

[verdict.not-implemented.state]
conçu
conçue
documenté
documentée
prévu
prévue
planifié

# Le nom d'un rapport ou d'une revue et le mot d'achèvement qui le suit et le décrit : « RAPPORT D'AUDIT COMPLET »,
# « Rapport de Vérification Complète » disent ce que le document couvre, pas que le travail est fait ; « SESSION
# COMPLÈTE » est une session entière.
[completion.described-noun]
rapport complet
audit complet
bilan complet
inventaire complet
diagnostic complet
examen complet
récapitulatif complet
analyse complète
vérification complète
revue complète
synthèse complète
session complète

[completion.joiner]
et
avec
en
pour
à
le
la
dans
sur
par
depuis

[verdict.not-done-words]
partiel
partielle
partiellement
à améliorer
incomplet
incomplète
manquant
manquante
manquants
en cours
à faire
limité
minimal

[level.critical]
critique
bloquant
bloquante

[level.high]
haute
élevée
élevé

[level.medium]
moyenne
moyen
modérée

[level.low]
faible
basse
mineure
mineur

[level.scale.priority]
priorité

[level.scale.severity]
sévérité
gravité
criticité

# ---- branch crossref (RL3002 : le même élément fait ici, pas fait là) ----
# Mots qui disent l'état d'un élément, pas ce qu'il est : hors de sa clé.
[crossref.state]
fait
faite
faits
faites
effectue
effectuee
effectues
effectuees
termine
terminee
termines
terminees
complet
complete
complets
completes
configure
configuree
configures
configurees
actif
active
actifs
actives
active
valide
validee
valides
validees
teste
testee
testes
testees
implemente
implementee
implementes
implementees
deploye
deployee
deployes
deployees
cree
creee
crees
creees
corrige
corrigee
corriges
corrigees
applique
appliquee
appliques
appliquees
installe
installee
installes
installees
pret
prete
prets
pretes
operationnel
operationnelle
en place
en cours
a faire
a venir
prevu
prevue
manquant
manquante
manquants
echoue
echec
bloque
pas
encore
tout
tous
toutes

# Mots outils hors de la clé d'un élément.
[crossref.filler]
et
ou
pour
avec
en
sur
par
au
aux
un
une
dans
est
sont

# RL3002, et les noms entre parenthèses après un compte (« 3 outils (A, B et C) ») : mots qui joignent deux noms en
# liste (« Audit et Sécurité » nomme deux choses).
[crossref.and]
et

# Clés qui ne nomment aucun élément : leur sujet est le titre (« - **Statut :** ✅ »).
[crossref.generic]
statut
etat
resultat
verdict
total
synthese
resume
note
notes

# Titres du travail encore devant : pas une preuve contre un travail fait (à côté de [next-step]).
[crossref.ahead]
prochaine session
travaux futurs
ameliorations futures
ameliorations optionnelles
ameliorations possibles
optimisations possibles
recommandations
prochaine phase
phase suivante
fonctionnalites futures
prochain jalon
plan d'action
plan d'actions

# Titres qui pèsent des options (« Alternatives envisagées ») : un ✅ ou un ❌ y note une option, il ne marque aucun
# travail fait ou non fait.
[crossref.options]
alternatives
alternatives envisagees
options envisagees
inconvenients

# Devant un numéro, un mot qui nomme une partie parmi d'autres (« Module 3 », « Lot 2 »).
[crossref.entity]
jalon
module
lot
composant
partie
etape
livrable
tache

# ---- branche precision : conditions de précision de RL3002, RL1002 et RL1001 ----
# RL3002 : titres d'une liste de vérifications à faire, pas de travail à faire.
[crossref.verify-list]
tests manuels
test manuel
checklist de tests
checklist de verification
etapes de verification
verifications manuelles
a verifier
tests de fumee
tests recommandes
tests a effectuer
tests a realiser

# RL3002 : mots d'un élément fait qui en font une affirmation sur ces vérifications.
[crossref.verify-subject]
test
tests
teste
testee
testes
testees
verifie
verifiee
verifies
verifiees
verification

# RL3002 : mots d'un élément ouvert qui le rendent conditionnel.
[crossref.condition]
si active
si activee
si actives
si activees
si utilise
si utilisee
si necessaire
si applicable
si besoin

# RL1002 : clés d'une note qui donne l'état d'une vérification, pas la qualité du travail (à côté de [grade.key]).
[grade.key.status]
statut
etat

# RL1001, RL3002 : mots qui, en tête d'un titre, nomment l'état de départ du travail (« ### Avant (tests existants) ») : ce qui
# est dessous n'en est pas un résultat. Pas « précédent » : les résultats d'une session précédente sont aussi le travail.
[heading.before]
avant
etat initial
situation initiale

# Un intitulé « avant » qui nomme un événement à venir liste ce qui reste à faire, pas l'état de départ (« ### Avant
# production », « ### Avant le déploiement »).
[heading.before.event]
production
mise en production
mise en ligne
déploiement
déployer
livraison
lancement
soumission
recette
rendu
démo
fusion
remise
passation

# --- branch contra ---
# RL3003 : un état qu'un pourcentage inférieur à 100 qualifie dans une ligne de mise en production (« 79,2 %
# fonctionnelle et prête pour la production ») : cette part est faite, le reste non.
[readiness.partial-state]
fonctionnel
fonctionnelle
fonctionnels
fonctionnelles
opérationnel
opérationnelle
complet
complète
terminé
terminée
implémenté
implémentée

# ---- branch totals (issue 18) ----
# RL2004 : en-têtes de colonnes d'une valeur avant, d'une valeur après et de la variation relative entre les deux
# (« | Poste | Avant | Après | Économie | »). Un en-tête qui en nomme deux n'est lu comme aucun.
[column.before]
avant
initial
initiale
ancien
origine

[column.after]
après
optimisé
optimisée

[column.change]
économie
économies
réduction
gain
amélioration
variation
évolution

# RL2005 : noms d'un compte de fichiers qu'un arbre dessiné dans le bloc de code qui suit énumère (« 8 fichiers Blade »).
[count.file-noun]
fichier
fichiers
manifeste
manifestes
gabarit
gabarits
script
scripts

# RL2005 : mots d'un titre qui annoncent l'inventaire des choses qu'un compte de synthèse compte (« Liste des fichiers modifiés »).
[count.inventory]
récapitulatif
inventaire
liste des
modifiés

# RL2007 : noms de mois et leurs abréviations, à côté d'un intervalle de jours (« 18-20 décembre »).
[month]
janvier
janv
février
févr
mars
avril
avr
mai
juin
juillet
juil
août
septembre
sept
octobre
oct
novembre
nov
décembre
déc

# ---- branch evidence2 (issue 19) ----
# RL1001: a word that joins two names into one category ("Security and Compliance: 100%"): the percentage scores
# the category, not the metric ('&', '/' and '+' are read as such too).
[claim.metric.joined]
et

# ---- branch contra3 : références croisées de RL3002 ----
# RL3002 : les mots d'un élément sans marque qui disent qu'il n'est pas fait : « **Fine-tuning** : pas d'exécution ».
[crossref.undone]
non implémenté
non implémentée
pas implémenté
pas implémentée
pas d'implémentation
pas encore implémenté
non exécuté
non exécutée
pas d'exécution
non intégré
non intégrée
non branché

# RL3002 : les verbes qui ouvrent une étape à venir créant ce qui n'existe pas encore (« Activer react-snap »).
[crossref.todo-verb]
activer
mettre en place
créer
implémenter
configurer
installer
intégrer
convertir
construire
écrire
générer

# RL3004 : les métriques dont un plancher sur un ensemble (« 98 %+ pour les composants clés ») lie chaque membre.
[floor.metric]
couverture

# RL3004 : les noms des membres d'un ensemble, au singulier et au pluriel.
[floor.set]
composant
composants
module
modules
service
services
paquet
paquets
classe
classes
fichier
fichiers

# RL3004 : les mots d'un plancher ou d'un titre qui ne nomment aucune partie d'un ensemble.
[floor.generic]
global
globale
total
totale
moyenne
tous
toutes
chaque

# RL3004 : les mots qui font d'un plancher un objectif à tenir, non un résultat (« Maintenir 90 %+ de couverture »).
[floor.goal]
maintenir
garder
atteindre
viser
doit
devra

# RL3004 : les mots entre un compte et le nombre de parties sur lesquelles il se répartit (« 135 tâches sur 7 phases »).
[count.across]
répartis sur
réparties sur
répartie sur
réparti sur

# RL2005 : les noms de ce que compte une catégorie, hors de son nom : « Problèmes critiques : 2 » nomme la catégorie
# « critiques » (une colonne du tableau des constats), « P1 (Essentiel) : 10 items » la catégorie « P1 Essentiel ».
[count.category-noun]
élément
éléments
item
items
problème
problèmes
anomalie
anomalies
vulnérabilité
vulnérabilités
bug
bugs
risque
risques
constat
constats

# RL1001 : une capacité affirmée dans un rapport qui ne fait aucun test de charge (« Prêt pour production avec des
# milliers d'utilisateurs », « gère 1000+ connexions simultanées ») : les verbes, les nombres hors de compte, et ce
# qu'une capacité compte.
[claim.capacity.verb]
gère
supporte
capable de gérer
passe à l'échelle jusqu'à
prêt pour production avec
prêt pour la production avec
prête pour production avec
prête pour la production avec
scalable pour
scalable jusqu'à

[claim.capacity.many]
des milliers d'
des millions d'
milliers d'
millions d'
un nombre illimité d'

[claim.capacity.noun]
utilisateurs
utilisateurs simultanés
utilisateurs concurrents
requêtes
requêtes simultanées
connexions
connexions simultanées
joueurs
étudiants

# RL1001 : une couverture de tests donnée seulement comme borne ou approximation (« Couverture > 70% du code ») dans un
# rapport sans exécution de couverture. Les mots qui en font une autre couverture que celle des tests (« Couverture
# fonctionnelle », « couverture du cahier de recette »), et ce qui montre une exécution de couverture.
[coverage.other]
navigateur
navigateurs
type
types
documentation
exigences
exigence
fonctionnelle
fonctionnelles
recette
cahier
vulnérabilités
plateforme
plateformes
appareils
langues
traductions
région
régions
seuil
exigée
exigé
infrastructure
outillage

[coverage.run]
rapport de couverture
rapports de couverture
--coverage
pytest-cov
lcov
codecov
jacoco
statements

# RL3003 : les affirmations que toutes les priorités sont faites.
[verdict.all-priorities]
toutes les priorités réalisées
toutes les priorités terminées
toutes les priorités complétées
toutes les priorités traitées
toutes les priorités livrées

# RL3003 : les mots qui disent tout le travail testé (« un système RBAC complet et testé », « tout est prêt et
# testé »), contre les tests que le rapport donne comme non faits (« ⏳ Tests avec utilisateurs authentifiés »).
[tested.whole]
entièrement testé
entièrement testée
entièrement testés
entièrement testées
complètement testé
complètement testée
complètement testés
complètement testées
intégralement testé
intégralement testée
intégralement testés
intégralement testées
testé de bout en bout
testée de bout en bout
testés de bout en bout
testées de bout en bout
tout est testé
tout a été testé
complet et testé
complète et testée
complets et testés
complètes et testées
implémenté et testé
implémentée et testée
implémentés et testés
implémentées et testées
développé et testé
développée et testée
développés et testés
développées et testées
testé et déployé
testée et déployée
testés et déployés
testées et déployées

# RL3003 : « prêt » et « testé » dits ensemble (« tout est prêt et testé ») : un verdict sur le travail, quel que soit
# son sujet.
[tested.ready]
prêt et testé
prête et testée
prêts et testés
prêtes et testées
prêt et entièrement testé
prête et entièrement testée

# RL3003 : les mots qu'une affirmation de tested.whole peut suivre dans sa proposition en parlant encore de tout le
# travail (« Le système est entièrement testé ») ; d'autres mots nomment une partie (« moteur d'audit complet et testé »).
[tested.subject]
tout
le
la
l
les
système
plateforme
application
app
fonctionnalité
fonctionnalités
tous
toutes
implémentation
projet
solution
code
version
intégration
est
sont
a
ont
été
maintenant
désormais
et

# RL3003 : les mots qui nomment du travail de test dans un élément non fait.
[tested.work]
test
tests
tester
testé
testée
testés
testées
recette
e2e

# RL3003 : les noms d'une analyse dans un titre (« # Rapport d'audit », « # Analyse des écarts ») : le statut nu du
# document (« **Statut :** ✅ TERMINÉ ») dit que l'analyse est faite ; ce qu'elle dit manquer est ce qu'elle a trouvé.
[analysis.title]
analyse
audit
diagnostic

# RL3003 : les mots d'un titre sur le travail fait à partir des constats : « Corrections de l'audit ».
[analysis.remedy]
correction
corrections
correctif
correctifs
remédiation
résolution
mise en œuvre
plan d'action

# RL3003 : les clés dont la valeur nue est le statut du document lui-même.
[analysis.status-key]
statut
statut du rapport
statut de l'analyse
statut de l'audit

# RL3003 : un statut qui dit qu'un document est fait, non que le travail qu'il rapporte est prêt.
[analysis.done]
terminé
terminée
complet
complète
achevé
achevée
fini
finie

# RL3003 : les titres d'un niveau de priorité, dont les éléments sont du travail à faire.
[priority.heading]
priorité haute
priorité moyenne
priorité basse
priorité critique
haute priorité

# RL3004 : les noms de ce que compte une colonne de tableau, au singulier (« Lignes », « Fichiers »).
[count.unit]
ligne
fichier
test
page

# RL3004 : un mot du titre d'une telle colonne qui rend ses comptes approximatifs (« Lignes (approx.) »), lu n'importe
# où dans le titre replié.
[count.approximate]
approx

# RL3003 : les mots qui ouvrent une part d'inventaire non terminée (« **🔶 Partiels (7):** … »).
[inventory.open]
partiel
partiels
partielle
partielles
en cours
en attente
non commencé
non commencés

# RL3002 : les noms d'un état garanti, qu'un contrôle établit (« ✅ Conformité RGPD »).
[crossref.assured]
conformité
conforme
certification

# RL3002 : les noms du contrôle qui l'établit (« ⏳ Audit RGPD »).
[crossref.check]
audit
revue
évaluation

# RL3002 : les adjectifs qui revendiquent un tout après leur nom (« ✅ Documentation exhaustive ») ; « complète » se
# replie en « complete », l'état anglais (« Documentation complete »), et n'y figure pas.
[crossref.whole-after]
exhaustive
exhaustif
intégrale
intégral

# RL3002 : les verbes qui étendent le travail au lieu de le faire (« [ ] Ajouter des tests de régression »).
[crossref.enhance]
ajouter
améliorer
étendre
enrichir
optimiser

# RL3002 : les mots qui revendiquent un tout devant leur nom (« ✅ Toute la documentation livrée »).
[crossref.whole]
toute la
tout le

# RL3002 : les verbes d'une case qui vérifie au lieu de faire (« [ ] Lancer les tests de fumée »).
[crossref.check-verb]
lancer
exécuter
vérifier
tester
surveiller
contrôler
valider

# RL3004 : les clés d'une ligne qui liste une équipe par identifiant (« **Équipe :** … (@alice, @bob, …) »).
[team.key]
équipe
agents
contributeurs
intervenants

# RL3002 : les mots par lesquels un élément fait dit que son travail est seulement préparé pour l'étape suivante (« ✅
# rollback.sql prêt à être exécuté en production », « ✅ Intégration conçue ») : un élément ouvert qui fait cette étape
# ne dit rien contre lui.
[crossref.prepared]
prêt à être
prête à être
prêts à être
prêtes à être
conçu
conçue
conçus
conçues

# RL3002 : les étapes suivantes d'un travail, son test ou sa vérification et son déploiement. Un élément ouvert qui en
# nomme une (« [ ] Vérifier les permissions par rôle », « [ ] Backend Node.js déployé et testé ») ne dit rien contre
# l'élément fait ailleurs qui ne la revendique pas (« ✅ Permissions par rôle », « ✅ Développer backend Node.js »).
[crossref.later.verify]
test
tests
tester
testé
testée
testés
testées
vérifier
vérifié
vérifiée
vérifiés
vérifiées
vérification
valider
validé
validée
validés
validées
validation

[crossref.later.deploy]
déployer
déployé
déployée
déployés
déployées
déploiement

# precision4
# RL3002 : mots qui placent un élément ouvert dans une étape ou un lieu à lui (« [ ] WebSocket fonctionnel en
# production », « [ ] Collection Postman dans le dépôt ») : il ne dit rien contre l'élément fait ailleurs sans eux.
[crossref.stage]
en production
en prod
en preproduction
en recette
sur le serveur
sur serveur
dans le depot
dans le repo
apres deploiement
au deploiement
lors du deploiement

# RL3002 : en-têtes d'une colonne dont les marques disent une capacité ou qu'une chose existe, pas un travail fait :
# les notes de la ligne (« doit être activé dans les options », « vue pas encore branchée ») disent comment s'en servir
# ou ce qui s'en sert, pas qu'il reste du travail.
[column.support]
supporte
support
pris en charge
compatible
compatibilite
disponible
existe
existant
present
presente

# contra4
# RL3004 : les mots qui nomment une sorte de ce qui est compté, avec sa classe (« 208 tests unitaires » contre un total qui compte des tests E2E).
[count.kind]
unitaire => unit
unitaires => unit
intégration => integration
integration => integration
e2e => e2e
bout-en-bout => e2e

# RL3002 : les verdicts de perfection après un nom et deux-points (« **Connexion** : Parfait »).
[crossref.verdict-perfect]
parfait
parfaite
parfaits
parfaites
impeccable
impeccables
sans faille

# RL3002 : les noms de la sorte de partie qu'est un nom, laissés de côté pour comparer les noms (« Page de connexion » est « Connexion »).
[crossref.part-noun]
page
écran
route
vue

# RL3004 : les nombres écrits en lettres, avec leur valeur (« Trois niveaux d'urgence » contre « (2 niveaux d'urgence) »).
# Pas « un » ni « une » : ce sont aussi des articles.
[number.word]
deux => 2
trois => 3
quatre => 4
cinq => 5
six => 6
sept => 7
huit => 8
neuf => 9
dix => 10
onze => 11
douze => 12

# RL3002 : les participes qui disent qu'une vérification a eu lieu, chacun avec le verbe qui la demande (« Testé sur
# plusieurs appareils » contre « ⚠️ Tester sur de vrais appareils »).
[crossref.checked]
testé => tester
testée => tester
testés => tester
testées => tester
vérifié => verifier
vérifiée => verifier
vérifiés => verifier
vérifiées => verifier
validé => valider
validée => valider
validés => valider
validées => valider

# RL3002 : les mots de quantité ou de sorte laissés de côté dans ce qu'une vérification a couvert (« plusieurs appareils »).
[crossref.checked-quantity]
plusieurs
divers
multiple
multiples
différent
différents
différente
différentes
réel
réels
réelle
réelles
vrai
vrais
tous
toutes

# RL3004 : les mots de la semaine comme unité de durée (« Optimisations (2-3 semaines) » contre les jours du planning).
[duration.week]
semaine
semaines
sem

# RL3002 : les adverbes qui revendiquent tout un travail (« ✅ Entièrement intégré à la base de données »).
[crossref.fully]
entièrement
complètement
totalement

# RL3002 : les mots d'un titre qui disent que son travail a commencé, sans plus (« Intégration base de données (🚀 DÉMARRÉ) »).
[crossref.started]
démarré
démarrée
démarrés
démarrées
commencé
commencée
commencés
commencées

# RL3004 : les participes de fabrication après un nombre et son nom (« 78 fichiers créés » contre le tableau des fichiers).
[count.made]
créé
créés
créée
créées
ajouté
ajoutés
ajoutée
ajoutées
écrit
écrits
écrite
écrites
généré
générés
générée
générées

# Mots qui, en tête d'un titre (« ### Exemples ») ou de l'introduction d'une liste ou d'un tableau (« Exemple 2 :
# une grande plage : »), font de ce qui suit un exemple : ses valeurs ne sont pas des faits du travail.
[scope.example]
exemple
exemples
par exemple

# Mots de la première personne du singulier qui ouvrent les critères d'une liste de contrôle type, le modèle d'une
# pull request ou d'un ticket (« - [x] J'ai relu mon propre code », « - [x] Mon code respecte les conventions du
# projet ») : la moitié au moins des cases d'une liste ainsi ouvertes en font un modèle, dont les cases cochées
# n'affirment aucun résultat (ReportModel.IsFirstPersonChecklist). Pas « nous » ni « notre » : une équipe liste ainsi
# son propre travail (« - [x] Nous avons déployé l'API »).
[checklist.first-person]
je
j'ai
j’ai
mon
ma
mes

# Mots qui, dans un titre (« ### Critères de sortie ») ou l'introduction d'une liste ou d'un tableau (« Critères
# d'acceptation : »), font des éléments non marqués qui suivent des critères à remplir : des objectifs, non des
# résultats.
[scope.criteria]
critère
critères
exigences
définition de terminé

# Mots qui, à la fin d'une introduction avant ses deux-points (« La mise en production est réussie lorsque : »), font
# de la liste ou du tableau qui suit des conditions à remplir : des marques toutes « fait » en sont les puces.
[scope.condition]
lorsque
quand
si
dès que

# Mots qui, en tête d'un titre (« ### Prochaines étapes », « ## 9. Surveillance post-déploiement », « ### Normes »),
# font de la section et de tout ce qui est dessous un plan, des consignes, des métriques à surveiller ou une norme à
# suivre : ce qu'elle énonce n'est pas un résultat que l'auteur affirme (ModelSection.IsPlan). Pas « recommandation » :
# une « Recommandation finale » donne le verdict de l'auteur.
[scope.plan]
prochaines étapes
prochaine étape
étapes suivantes
travaux futurs
améliorations futures
recommandations
instructions
consignes
comment tester
comment utiliser
procédure
procédure de déploiement
étapes de déploiement
étapes de test
métriques à surveiller
surveillance
surveillance post-déploiement
post-deployment monitoring
normes
standards

# How numbers are written (NumberFormat): a mark is written as itself or as its code point, since a line is trimmed.
# "." and "," separate decimals; "," groups by three ("1,200"; read as a group before exactly three digits, else as
# decimals); a space, a no-break space and a narrow no-break space group by three after at most three digits ("2 350").
[number.decimal-mark]
.
,

[number.group-mark]
,

[number.group-mark.short-lead]
U+0020
U+00A0
U+202F

# Titre d'une légende (« **Légende :** », « ## Légende des statuts ») : la liste juste après dit ce que veulent dire
# les marques du rapport ; ses entrées (« - 🟢 En cours ») n'ont pas de statut.
[legend]
légende
légende des statuts
légende des icônes
légende des symboles
légende des états

# Marks that give a level, not a status: a coloured circle before a level word rates a risk or a priority ("🔴 HIGH",
# "🟡 MEDIUM"), it says nothing of whether the work is done.
[status.level]
🔴 faible
🔴 basse
🔴 bas
🔴 moyenne
🔴 moyen
🔴 haute
🔴 haut
🔴 élevée
🔴 élevé
🔴 critique
🔴 majeur
🔴 majeure
🔴 mineur
🔴 mineure
🔴 bloquant
🟠 faible
🟠 basse
🟠 bas
🟠 moyenne
🟠 moyen
🟠 haute
🟠 haut
🟠 élevée
🟠 élevé
🟠 critique
🟠 majeur
🟠 majeure
🟠 mineur
🟠 mineure
🟠 bloquant
🟡 faible
🟡 basse
🟡 bas
🟡 moyenne
🟡 moyen
🟡 haute
🟡 haut
🟡 élevée
🟡 élevé
🟡 critique
🟡 majeur
🟡 majeure
🟡 mineur
🟡 mineure
🟡 bloquant
🟢 faible
🟢 basse
🟢 bas
🟢 moyenne
🟢 moyen
🟢 haute
🟢 haut
🟢 élevée
🟢 élevé
🟢 critique
🟢 majeur
🟢 majeure
🟢 mineur
🟢 mineure
🟢 bloquant
